using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>
/// What the IDE does with a diagnostic: asks every code fix provider that handles its ID to register its
/// actions, then computes each action's operations (the changed solution). Anything thrown is a failure.
/// </summary>
public sealed class CodeFixRunner
{
    private readonly ImmutableArray<CodeFixProvider> _fixers;
    private readonly Project _project;

    /// <summary>How many code actions this runner registered and computed.</summary>
    public int ActionsComputed { get; private set; }

    public CodeFixRunner(ImmutableArray<CodeFixProvider> fixers, Project project)
    {
        _fixers = fixers;
        _project = project;
    }

    /// <summary>Registers and computes the fixes of each diagnostic; <paramref name="mutantOf"/> names the file a failure is in.</summary>
    public async Task<IReadOnlyList<FuzzFailure>> RunAsync(IEnumerable<Diagnostic> diagnostics, Func<Location, Mutant?> mutantOf)
    {
        var failures = new List<FuzzFailure>();
        foreach (var diagnostic in diagnostics)
        {
            var document = _project.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                continue;
            }

            foreach (var fixer in _fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                var exception = await TryFixAsync(fixer, document, diagnostic).ConfigureAwait(false);
                if (exception is not null)
                {
                    failures.Add(new FuzzFailure(mutantOf(diagnostic.Location), fixer.GetType().Name + " on " + diagnostic.Id, exception));
                }
            }
        }

        return failures;
    }

    private async Task<Exception?> TryFixAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        try
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
            foreach (var action in actions)
            {
                await ComputeAsync(action, document.Project.Solution).ConfigureAwait(false);
                ActionsComputed++;
            }

            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception is the finding: it is returned to the caller, which reports it.
            return exception;
        }
    }

    /// <summary>The operations of the action, and the text of every document they change (formatted and simplified as the IDE shows it).</summary>
    private static async Task ComputeAsync(CodeAction action, Solution original)
    {
        foreach (var operation in await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (operation is not ApplyChangesOperation apply)
            {
                continue;
            }

            var changed = apply.ChangedSolution.GetChanges(original).GetProjectChanges().SelectMany(p => p.GetChangedDocuments());
            foreach (var id in changed)
            {
                await apply.ChangedSolution.GetDocument(id)!.GetTextAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
