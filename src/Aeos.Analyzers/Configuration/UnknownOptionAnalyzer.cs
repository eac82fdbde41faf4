using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Configuration;

/// <summary>
/// AEOS0002: a key of <c>.editorconfig</c> or a global config file that names an Aeos option that does not exist
/// (<c>aeos.max_cyclomatic_complexty</c>), or sets the severity of an Aeos rule ID that does not exist
/// (<c>dotnet_diagnostic.AEOS1010.severity</c>). Such a setting has no effect, so the rule it was meant for runs
/// with its default. The nearest existing name is suggested. Reported once per key and project.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownOptionAnalyzer : DiagnosticAnalyzer
{
    private const string OptionPrefix = "aeos.";
    private const string SeverityPrefix = "dotnet_diagnostic.";
    private const string SeveritySuffix = ".severity";
    private const string RulePrefix = "aeos";

    /// <summary>The gates' IDs (AEOS9xxx) are MSBuild errors, not analyzer rules; their severity keys are left alone.</summary>
    private const string GatePrefix = "aeos9";

    private static readonly ImmutableArray<string> KnownOptions = AeosOptions.All.Select(o => o.Key).ToImmutableArray();

    private static readonly ImmutableArray<string> KnownRules = typeof(RuleIdentifiers)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToImmutableArray();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    /// <summary>The diagnostic arguments for <paramref name="key"/> (what it names, the suggestion), or null when it is known or not Aeos's.</summary>
    internal static (string Kind, string Suggestion)? Judge(string key)
    {
        if (key.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return KnownOptions.Contains(key, StringComparer.OrdinalIgnoreCase) ? null : ("option", Suggest(key.ToLowerInvariant(), KnownOptions));
        }

        var rule = RuleOf(key);
        if (rule is null || rule.StartsWith(GatePrefix, StringComparison.OrdinalIgnoreCase) || KnownRules.Contains(rule, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        return ("rule ID", Suggest(rule.ToUpperInvariant(), KnownRules));
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        var provider = context.Options.AnalyzerConfigOptionsProvider;
        var keys = new SortedSet<string>(provider.GlobalOptions.Keys, StringComparer.OrdinalIgnoreCase);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            keys.UnionWith(provider.GetOptions(tree).Keys);
        }

        keys.UnionWith(SeverityKeys(context));
        foreach (var key in keys)
        {
            if (Judge(key) is { } unknown)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnknownOption, Location.None, key, unknown.Kind, unknown.Suggestion));
            }
        }
    }

    /// <summary>
    /// The compiler keeps <c>dotnet_diagnostic.*</c> keys from analyzers and answers only for a given ID, so the
    /// IDs an Aeos rule could plausibly have (AEOS0000 to AEOS8099, the gates' 9xxx aside) are asked, for the global
    /// configuration and one file per folder (an <c>.editorconfig</c> section applies to a folder's files alike).
    /// </summary>
    private static IEnumerable<string> SeverityKeys(CompilationAnalysisContext context)
    {
        var provider = context.Compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            yield break;
        }

        var trees = context.Compilation.SyntaxTrees
            .GroupBy(t => System.IO.Path.GetDirectoryName(t.FilePath) ?? string.Empty, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        foreach (var id in CandidateIds())
        {
            if (IsSet(provider, trees, id, context.CancellationToken))
            {
                yield return SeverityPrefix + id + SeveritySuffix;
            }
        }
    }

    /// <summary>Whether a global config or the configuration of one of <paramref name="trees"/> sets the severity of <paramref name="id"/>.</summary>
    private static bool IsSet(SyntaxTreeOptionsProvider provider, List<SyntaxTree> trees, string id, System.Threading.CancellationToken cancellationToken)
    {
        if (provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out _))
        {
            return true;
        }

        foreach (var tree in trees)
        {
            if (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> CandidateIds()
    {
        for (var family = 0; family <= 8; family++)
        {
            for (var number = 0; number < 100; number++)
            {
                var id = "AEOS" + family.ToString(System.Globalization.CultureInfo.InvariantCulture) + number.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
                if (!KnownRules.Contains(id))
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>The rule ID of a <c>dotnet_diagnostic.AEOS….severity</c> key, or null.</summary>
    private static string? RuleOf(string key)
    {
        if (!key.StartsWith(SeverityPrefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var id = key.Substring(SeverityPrefix.Length, key.Length - SeverityPrefix.Length - SeveritySuffix.Length);
        return id.StartsWith(RulePrefix, StringComparison.OrdinalIgnoreCase) ? id : null;
    }

    /// <summary>"; did you mean 'x'?" for the nearest known name within a few edits, else empty.</summary>
    private static string Suggest(string name, ImmutableArray<string> known)
    {
        var nearest = known.Select(k => (Name: k, Distance: EditDistance.Between(name, k)))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return nearest.Name is not null && nearest.Distance <= Math.Max(2, name.Length / 5) ? "; did you mean '" + nearest.Name + "'?" : string.Empty;
    }
}
