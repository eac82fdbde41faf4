using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2005: an assignment statement (<c>x = value;</c>) to a local or a by-value parameter whose value is
/// never read: either nothing reads the variable at all, or the next statements of the same block
/// assign it again (or end the function's body) before anything reads it, with no jump (<c>goto</c>, <c>break</c>, <c>continue</c>, a label),
/// no enclosing <c>try</c> and no lambda or local function that could read it in between.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnreadAssignmentAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnreadAssignment);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.ExpressionStatement);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var statement = (ExpressionStatementSyntax)context.Node;
        if (statement.Expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } assignment
            || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            return;
        }

        var variable = context.SemanticModel.GetSymbolInfo(target, context.CancellationToken).Symbol;
        var scope = variable switch
        {
            ILocalSymbol { RefKind: RefKind.None, IsConst: false } local => ScopeOf(local.ContainingSymbol, statement),
            IParameterSymbol { RefKind: RefKind.None } parameter => ScopeOf(parameter.ContainingSymbol, statement),
            _ => null,
        };
        if (scope is null || DisabledCode.Words(scope).Contains(target.Identifier.ValueText))
        {
            return;
        }

        var references = References(scope, target.Identifier.ValueText, variable!, context);
        var reads = references.Where(r => !IsWrite(r)).ToList();
        if (reads.Count == 0 || IsDeadInStraightLine(statement, variable!, reads, references, context))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnreadAssignment,
                assignment.GetLocation(),
                ContainingSymbols.PropertiesFor(variable!.ContainingSymbol),
                target.Identifier.ValueText));
        }
    }

    /// <summary>
    /// The body that declares the variable (method, local function, lambda, accessor or the top-level statements)
    /// and holds the assignment, or null. Only a declaration in the assignment's own file counts: in code that does
    /// not compile the name can bind to a variable of another file (a top-level local named from a method, CS8801).
    /// </summary>
    private static SyntaxNode? ScopeOf(ISymbol container, SyntaxNode statement)
    {
        var syntax = container.DeclaringSyntaxReferences
            .Where(r => r.SyntaxTree == statement.SyntaxTree && r.Span.Contains(statement.Span))
            .Select(r => r.GetSyntax())
            .FirstOrDefault();
        return syntax is BaseTypeDeclarationSyntax ? null : syntax; // primary constructor parameters live as long as the object
    }

    private static List<IdentifierNameSyntax> References(SyntaxNode scope, string name, ISymbol variable, SyntaxNodeAnalysisContext context) =>
        scope.DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(identifier => identifier.Identifier.ValueText == name
                && SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(identifier, context.CancellationToken).Symbol, variable))
            .ToList();

    private static bool IsWrite(IdentifierNameSyntax reference) => reference.Parent switch
    {
        AssignmentExpressionSyntax assignment => assignment.Left == reference && assignment.IsKind(SyntaxKind.SimpleAssignmentExpression),
        ArgumentSyntax argument => argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword),
        _ => false,
    };

    /// <summary>
    /// The statements after the assignment, in its block, assign the variable again before any read, or end the
    /// function's body without a read.
    /// </summary>
    private static bool IsDeadInStraightLine(
        ExpressionStatementSyntax statement,
        ISymbol variable,
        List<IdentifierNameSyntax> reads,
        List<IdentifierNameSyntax> references,
        SyntaxNodeAnalysisContext context)
    {
        var statements = SiblingStatements(statement);
        if (statements.Count == 0 || statement.Ancestors().Any(a => a is TryStatementSyntax) || references.Any(IsAliased))
        {
            return false;
        }

        var firstRead = reads.Select(r => r.SpanStart).Where(p => p >= statement.Span.End).DefaultIfEmpty(int.MaxValue).Min();
        foreach (var next in statements.Skip(statements.IndexOf(statement) + 1))
        {
            if (next.Span.End > firstRead || HasJump(next))
            {
                return false;
            }

            if (IsOverwrite(next, variable, context))
            {
                return true;
            }
        }

        return statement.Parent is BlockSyntax body && body.Parent == ScopeOf(variable.ContainingSymbol, statement);
    }

    private static SyntaxList<StatementSyntax> SiblingStatements(StatementSyntax statement) => statement.Parent switch
    {
        BlockSyntax block => block.Statements,
        SwitchSectionSyntax section => section.Statements,
        _ => default,
    };

    /// <summary><c>variable = …;</c></summary>
    private static bool IsOverwrite(StatementSyntax statement, ISymbol variable, SyntaxNodeAnalysisContext context) =>
        statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax other } overwrite }
        && overwrite.IsKind(SyntaxKind.SimpleAssignmentExpression)
        && SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(other, context.CancellationToken).Symbol, variable);

    /// <summary>A lambda or local function may read the variable at any time; a <c>ref</c> or a pointer reads it through another name.</summary>
    private static bool IsAliased(SyntaxNode reference) =>
        reference.Parent is RefExpressionSyntax
        || reference.Parent.IsKind(SyntaxKind.AddressOfExpression)
        || reference.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    private static bool HasJump(StatementSyntax statement) =>
        statement.DescendantNodesAndSelf().Any(n => n is GotoStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax or LabeledStatementSyntax);
}
