using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Baseline;

/// <summary>
/// Suppresses the Aeos diagnostics recorded in <c>aeos.baseline.json</c> (an AdditionalFile): legacy debt
/// stays visible in the SARIF log as suppressed, but does not fail the build. A metric diagnostic stays
/// suppressed only while its value is not worse than the recorded one. A baseline that cannot be read
/// suppresses nothing; the build step reports it as AEOS9001. In an accept build
/// (<c>build_property.AeosBaselineAccept = true</c>) every other Aeos diagnostic is suppressed too, with a
/// justification of its own: the build step records it, and the compiler does not fail on an error-level
/// rule the accept build is adopting.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BaselineSuppressor : DiagnosticSuppressor
{
    /// <summary>The file name the suppressor looks for among the AdditionalFiles.</summary>
    public const string FileName = "aeos.baseline.json";

    /// <summary>Names the baseline file: the build's summary counts suppressions carrying this text as baselined.</summary>
    internal const string Justification = "Legacy debt recorded in " + FileName + "; the ratchet removes the entry once it is paid";

    /// <summary>The build's summary counts suppressions carrying this text as not suppressed: they are being accepted.</summary>
    internal const string AcceptJustification = "Being recorded by an accept build (AeosBaselineAccept=true)";

    private const string AcceptProperty = "build_property.AeosBaselineAccept";

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> ByRule = CreateDescriptors("AEOSB", Justification);

    private static readonly ImmutableDictionary<string, SuppressionDescriptor> Accepting = CreateDescriptors("AEOSA", AcceptJustification);

    private static readonly ConditionalWeakTable<SourceText, ParsedBaseline> Cache = new();

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } =
        ByRule.Values.Concat(Accepting.Values).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var found = FindBaseline(context);
        var baselined = found is { } present ? Baselined(context, present.File, present.Baseline) : new HashSet<Diagnostic>();
        foreach (var diagnostic in baselined)
        {
            context.ReportSuppression(Suppression.Create(ByRule[diagnostic.Id], diagnostic));
        }

        if (!IsAcceptBuild(context))
        {
            return;
        }

        foreach (var diagnostic in context.ReportedDiagnostics.Where(d => Accepting.ContainsKey(d.Id) && !baselined.Contains(d)))
        {
            context.ReportSuppression(Suppression.Create(Accepting[diagnostic.Id], diagnostic));
        }
    }

    /// <summary>The reported Aeos diagnostics that the baseline suppresses.</summary>
    private static HashSet<Diagnostic> Baselined(SuppressionAnalysisContext context, AdditionalText file, BaselineDocument baseline)
    {
        var directory = Path.GetDirectoryName(file.Path) ?? string.Empty;
        var assembly = context.Compilation.AssemblyName ?? string.Empty;
        var byObservation = context.ReportedDiagnostics
            .Where(d => ByRule.ContainsKey(d.Id))
            .ToDictionary(d => Observe(d, directory, assembly), d => d);
        return new HashSet<Diagnostic>(BaselineMatcher.Match(byObservation.Keys, baseline).Where(m => m.IsSuppressed).Select(m => byObservation[m.Observation]));
    }

    private static bool IsAcceptBuild(SuppressionAnalysisContext context) =>
        context.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AcceptProperty, out var value)
        && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The baseline among the AdditionalFiles, when there is one that can be read and has entries.</summary>
    private static (AdditionalText File, BaselineDocument Baseline)? FindBaseline(SuppressionAnalysisContext context)
    {
        var file = context.Options.AdditionalFiles.FirstOrDefault(f => string.Equals(Path.GetFileName(f.Path), FileName, StringComparison.OrdinalIgnoreCase));
        var text = file?.GetText(context.CancellationToken);
        if (file is null || text is null)
        {
            return null;
        }

        var baseline = Cache.GetValue(text, Parse).Document;
        return baseline is null || baseline.Entries.Count == 0 ? null : (file, baseline);
    }

    /// <summary>Describes a diagnostic the way the build tasks describe the same result in the SARIF log.</summary>
    internal static Observation Observe(Diagnostic diagnostic, string baselineDirectory, string assemblyName)
    {
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Symbol, out var symbol);
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Value, out var value);
        diagnostic.Properties.TryGetValue(DiagnosticProperties.Limit, out var limit);
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return new Observation(diagnostic.Id, "<" + assemblyName + ">", symbol ?? string.Empty, value, message, 0, 0, limit: limit);
        }

        var span = diagnostic.Location.GetLineSpan();
        var path = Fingerprint.RelativePath(baselineDirectory, span.Path);
        return new Observation(diagnostic.Id, path, symbol ?? string.Empty, value, message, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, limit: limit);
    }

    private static ParsedBaseline Parse(SourceText text)
    {
        try
        {
            return new ParsedBaseline(BaselineDocument.Parse(text.ToString()));
        }
        catch (JsonParseException)
        {
            return new ParsedBaseline(null);
        }
    }

    /// <summary>One suppression descriptor per Aeos rule: every descriptor of the catalogue.</summary>
    private static ImmutableDictionary<string, SuppressionDescriptor> CreateDescriptors(string prefix, string justification) =>
        typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)).Id)
            .Distinct()
            .ToImmutableDictionary(id => id, id => new SuppressionDescriptor(prefix + id.Substring(4), id, justification));

    private sealed class ParsedBaseline
    {
        public ParsedBaseline(BaselineDocument? document)
        {
            Document = document;
        }

        public BaselineDocument? Document { get; }
    }
}
