using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.RealCode.FixSafety;

/// <summary>
/// Applies every registered fix of every diagnostic, one at a time, then each rule's Fix All per document, and
/// compiles the changed solution: any compile error the original did not have is a breaking fix.
/// </summary>
internal sealed class FixApplier
{
    private readonly Project _project;
    private readonly ImmutableArray<CodeFixProvider> _fixers;
    private readonly HashSet<string> _originalErrors;

    public FixApplier(Project project, ImmutableArray<CodeFixProvider> fixers, IEnumerable<Diagnostic> originalErrors)
    {
        _project = project;
        _fixers = fixers;
        _originalErrors = new HashSet<string>(originalErrors.Select(Key), StringComparer.Ordinal);
    }

    /// <summary>Every fix action of the diagnostic, each applied alone to the original solution.</summary>
    public async Task<IReadOnlyList<FixOutcome>> ApplyOneAsync(Diagnostic diagnostic)
    {
        var outcomes = new List<FixOutcome>();
        var document = _project.GetDocument(diagnostic.Location.SourceTree);
        if (document is null)
        {
            return outcomes;
        }

        foreach (var fixer in FixersOf(diagnostic.Id))
        {
            foreach (var action in await ActionsAsync(fixer, document, diagnostic).ConfigureAwait(false))
            {
                outcomes.Add(new FixOutcome(diagnostic.Id, "one", Where(diagnostic), await NewErrorAsync(action).ConfigureAwait(false)));
            }
        }

        return outcomes;
    }

    /// <summary>Each fixer's Fix All of the rule over one document; a fixer without Fix All is recorded as such.</summary>
    public async Task<IReadOnlyList<FixOutcome>> ApplyAllInDocumentAsync(string ruleId, ImmutableArray<Diagnostic> diagnostics)
    {
        var outcomes = new List<FixOutcome>();
        var document = _project.GetDocument(diagnostics[0].Location.SourceTree);
        if (document is null)
        {
            return outcomes;
        }

        foreach (var fixer in FixersOf(ruleId))
        {
            var offered = await FirstOfferedAsync(fixer, document, diagnostics).ConfigureAwait(false);
            if (offered is null)
            {
                continue;
            }

            var action = await FixAllAsync(fixer, document, diagnostics, offered).ConfigureAwait(false);
            var error = action is null ? "no Fix All action" : await NewErrorAsync(action).ConfigureAwait(false);
            outcomes.Add(new FixOutcome(ruleId, "document", document.FilePath ?? document.Name, error));
        }

        return outcomes;
    }

    /// <summary>The first fix the fixer offers for any of the diagnostics (a fix may be offered for some only); null: none.</summary>
    private static async Task<CodeAction?> FirstOfferedAsync(CodeFixProvider fixer, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var actions = await ActionsAsync(fixer, document, diagnostic).ConfigureAwait(false);
            if (actions.Count > 0)
            {
                return actions[0];
            }
        }

        return null;
    }

    private IEnumerable<CodeFixProvider> FixersOf(string id) => _fixers.Where(f => f.FixableDiagnosticIds.Contains(id));

    private static async Task<IReadOnlyList<CodeAction>> ActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        return actions;
    }

    private static async Task<CodeAction?> FixAllAsync(CodeFixProvider fixer, Document document, ImmutableArray<Diagnostic> diagnostics, CodeAction offered)
    {
        var provider = fixer.GetFixAllProvider();
        if (provider is null)
        {
            return null;
        }

        var context = new FixAllContext(
            document, fixer, FixAllScope.Document, offered.EquivalenceKey, new[] { diagnostics[0].Id },
            new FixedDiagnostics(diagnostics), CancellationToken.None);
        return await provider.GetFixAsync(context).ConfigureAwait(false);
    }

    /// <summary>The first compile error of the changed solution that the original did not have; null when there is none.</summary>
    private async Task<string?> NewErrorAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
        var changed = operations.OfType<ApplyChangesOperation>().FirstOrDefault()?.ChangedSolution.GetProject(_project.Id);
        if (changed is null)
        {
            return null;
        }

        var compilation = await changed.GetCompilationAsync().ConfigureAwait(false);
        var error = compilation!.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error && !_originalErrors.Contains(Key(d)));
        return error is null ? null : Where(error) + " " + error.Id + " " + error.GetMessage(CultureInfo.InvariantCulture);
    }

    private static string Key(Diagnostic diagnostic) => diagnostic.Id + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return span.Path + ":" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The diagnostics a Fix All works on: the ones given, of the document asked for.</summary>
    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> _diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(_diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);
    }
}
