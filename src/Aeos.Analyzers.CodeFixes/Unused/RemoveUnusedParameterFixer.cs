using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.CodeFixes.Unused;

/// <summary>
/// AEOS2004: removes the unused parameter and its argument from every call in the solution
/// (<see cref="ParameterRemoval"/>). Fix All removes every reported parameter of the document, project or
/// solution in one pass, so that calls with several removed arguments stay consistent.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveUnusedParameterFixer))]
[Shared]
public sealed class RemoveUnusedParameterFixer : CodeFixProvider
{
    private const string Title = "Remove the unused parameter";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.UnusedParameter);

    public override FixAllProvider GetFixAllProvider() => new RemoveAllParameters();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var solution = context.Document.Project.Solution;
        if (!await ParameterRemoval.CanRemoveAsync(solution, diagnostic, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, c => ParameterRemoval.RemoveAsync(solution, new[] { diagnostic }, c), equivalenceKey: Title),
            diagnostic);
    }

    private sealed class RemoveAllParameters : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
            new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var diagnostics = new List<Diagnostic>();
            var projects = fixAllContext.Scope switch
            {
                FixAllScope.Solution => fixAllContext.Solution.Projects.ToList(),
                _ => new List<Project> { fixAllContext.Project },
            };
            foreach (var project in projects)
            {
                var found = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is not null
                    ? await fixAllContext.GetDocumentDiagnosticsAsync(fixAllContext.Document).ConfigureAwait(false)
                    : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                diagnostics.AddRange(found);
            }

            return CodeAction.Create(
                Title,
                c => ParameterRemoval.RemoveAsync(fixAllContext.Solution, diagnostics, c),
                equivalenceKey: Title);
        }
    }
}
