using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// AEOS2005: removes the assignment whose value is never read. When the assigned expression has side effects
/// it stays as a statement (<c>Save();</c>, or <c>_ = expression;</c>); a call of a pure method goes with it. An assignment without side effects
/// that is the whole body of an <c>if</c> or a loop gets no fix: removing it would leave an empty statement.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnreadAssignmentFixer))]
[Shared]
public sealed class RemoveUnreadAssignmentFixer : DocumentFixer
{
    protected override string Title => "Remove the assignment";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnreadAssignment);

    protected override bool CanFix(SyntaxNode root, Diagnostic diagnostic) => StatementOf(root, diagnostic) is not null;

    /// <summary>The assignment statement, when the fix can change it.</summary>
    private static ExpressionStatementSyntax? StatementOf(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is not AssignmentExpressionSyntax { Parent: ExpressionStatementSyntax statement } assignment)
        {
            return null;
        }

        return IsRemovable(statement) || SideEffects.Has(assignment.Right) ? statement : null;
    }

    /// <summary>Whether the statement can go without leaving an empty <c>if</c> or loop body.</summary>
    private static bool IsRemovable(StatementSyntax statement) =>
        statement.Parent is BlockSyntax or SwitchSectionSyntax or GlobalStatementSyntax;

    protected override async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        foreach (var statement in diagnostics.Select(d => StatementOf(root, d)).OfType<ExpressionStatementSyntax>().Distinct())
        {
            var value = ((AssignmentExpressionSyntax)statement.Expression).Right;
            if (SideEffects.Has(value, model) || !IsRemovable(statement))
            {
                editor.ReplaceNode(statement, SideEffects.Keep(value).WithTriviaFrom(statement));
            }
            else
            {
                editor.RemoveNode(statement.Parent is GlobalStatementSyntax global ? global : statement);
            }
        }

        return document.WithSyntaxRoot(editor.GetChangedRoot());
    }
}
