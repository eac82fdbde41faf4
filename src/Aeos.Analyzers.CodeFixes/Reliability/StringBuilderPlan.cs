using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// What the AEOS4004 fix changes for one local: its declaration, the <c>+=</c> statements up to the end of
/// the loop that contains them, and the declaration it gets after that loop. Created only when the
/// rewrite keeps the meaning of the code.
/// </summary>
internal sealed class StringBuilderPlan
{
    private readonly LocalDeclarationStatementSyntax _declaration;
    private readonly StatementSyntax _loop;
    private readonly ImmutableArray<ExpressionStatementSyntax> _appends;
    private readonly string _builder;

    private StringBuilderPlan(LocalDeclarationStatementSyntax declaration, StatementSyntax loop, ImmutableArray<ExpressionStatementSyntax> appends, string builder)
    {
        _declaration = declaration;
        _loop = loop;
        _appends = appends;
        _builder = builder;
    }

    public static StringBuilderPlan? Create(VariableDeclaratorSyntax declarator, SemanticModel model, CancellationToken cancellationToken)
    {
        if (SingleLocalInBlock(declarator) is not var (declaration, block)
            || model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local)
        {
            return null;
        }

        var statements = block.Statements;
        var uses = new List<IdentifierNameSyntax>();
        for (var i = statements.IndexOf(declaration) + 1; i < statements.Count; i++)
        {
            var inStatement = UsesOf(statements[i], local, model, cancellationToken).ToList();
            uses.AddRange(inStatement);
            if (IsLoop(statements[i]) && inStatement.Count > 0)
            {
                var appends = Appends(uses);
                return appends.IsEmpty ? null : new StringBuilderPlan(declaration, statements[i], appends, BuilderName(local, block, model));
            }
        }

        return null;
    }

    /// <summary>The declaration statement and its block, for <c>string s = …;</c> declaring one variable directly in a block.</summary>
    private static (LocalDeclarationStatementSyntax Declaration, BlockSyntax Block)? SingleLocalInBlock(VariableDeclaratorSyntax declarator) =>
        declarator is { Initializer: not null, Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax declaration } }
            && declaration.Parent is BlockSyntax block
            ? (declaration, block)
            : null;

    private static bool IsLoop(StatementSyntax statement) =>
        statement is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;

    public SyntaxNode Apply(SyntaxNode root)
    {
        var newLine = Imports.NewLine(root);
        var indentation = SyntaxFactory.TriviaList(_loop.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).LastOrDefault());
        var variable = _declaration.Declaration.Variables[0];
        var initial = variable.Initializer!.Value;
        var arguments = IsEmptyString(initial) ? string.Empty : initial.WithoutTrivia().ToFullString();
        var builderDeclaration = SyntaxFactory.ParseStatement("var " + _builder + " = new StringBuilder(" + arguments + ");")
            .WithTriviaFrom(_declaration);
        var result = SyntaxFactory.ParseStatement(_declaration.Declaration.Type.WithoutTrivia() + " " + variable.Identifier.ValueText + " = " + _builder + ".ToString();")
            .WithLeadingTrivia(indentation)
            .WithTrailingTrivia(newLine);

        var replacements = new Dictionary<SyntaxNode, SyntaxNode> { [_declaration] = builderDeclaration };
        foreach (var append in _appends)
        {
            var value = ((AssignmentExpressionSyntax)append.Expression).Right.WithoutTrivia();
            replacements[append] = SyntaxFactory.ParseStatement(_builder + ".Append(" + value.ToFullString() + ");").WithTriviaFrom(append);
        }

        var tracked = root.TrackNodes(replacements.Keys.Append(_loop));
        tracked = tracked.ReplaceNodes(replacements.Keys.Select(k => tracked.GetCurrentNode(k)!), (original, _) => Replacement(original, replacements, tracked));
        var loop = tracked.GetCurrentNode(_loop)!;
        return tracked.InsertNodesAfter(loop, new[] { result });
    }

    private static SyntaxNode Replacement(SyntaxNode current, Dictionary<SyntaxNode, SyntaxNode> replacements, SyntaxNode tracked) =>
        replacements.First(pair => tracked.GetCurrentNode(pair.Key) == current).Value;

    private static IEnumerable<IdentifierNameSyntax> UsesOf(SyntaxNode statement, ILocalSymbol local, SemanticModel model, CancellationToken cancellationToken) =>
        statement.DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(n => n.Identifier.ValueText == local.Name && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n, cancellationToken).Symbol, local));

    /// <summary>The <c>s += x;</c> statements, or nothing when any use is something else or sits in a lambda or local function.</summary>
    private static ImmutableArray<ExpressionStatementSyntax> Appends(List<IdentifierNameSyntax> uses)
    {
        var appends = ImmutableArray.CreateBuilder<ExpressionStatementSyntax>();
        foreach (var use in uses)
        {
            if (use.Parent is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.AddAssignmentExpression } assignment
                || assignment.Left != use
                || assignment.Parent is not ExpressionStatementSyntax statement
                || use.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            {
                return ImmutableArray<ExpressionStatementSyntax>.Empty;
            }

            appends.Add(statement);
        }

        return appends.ToImmutable();
    }

    private static string BuilderName(ILocalSymbol local, BlockSyntax block, SemanticModel model)
    {
        var name = local.Name + "Builder";
        var taken = new HashSet<string>(
            block.DescendantNodes().OfType<VariableDeclaratorSyntax>().Select(v => v.Identifier.ValueText)
                .Concat(model.LookupSymbols(block.SpanStart).Select(s => s.Name)),
            System.StringComparer.Ordinal);
        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool IsEmptyString(ExpressionSyntax value) =>
        value is LiteralExpressionSyntax { Token.ValueText: "" } literal && literal.IsKind(SyntaxKind.StringLiteralExpression)
        || value is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Empty", Expression: PredefinedTypeSyntax or IdentifierNameSyntax { Identifier.ValueText: "String" } };
}
