using System.Threading;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Configuration;

/// <summary>
/// Whether a rule is turned off (severity <c>none</c>) for a syntax tree, so that an analyzer reporting several
/// rules can skip the work of one. The driver drops such diagnostics anyway; this only saves their cost.
/// </summary>
internal static class RuleSeverity
{
    /// <summary>
    /// True when the options turn <paramref name="ruleId"/> off in <paramref name="tree"/> as the compiler (4.8)
    /// decides it: a command-line or rule-set <c>none</c> (<c>/nowarn</c>), or <c>none</c> in the configuration that
    /// applies to the file, which is its <c>.editorconfig</c> setting if it has one and the global config's
    /// otherwise. A configured <c>none</c> wins over a command-line severity. Anything else (bulk
    /// <c>dotnet_analyzer_diagnostic</c> settings included) counts as on, which costs time, never a diagnostic.
    /// </summary>
    public static bool IsTurnedOff(CompilationOptions options, SyntaxTree tree, string ruleId, CancellationToken cancellationToken)
    {
        if (options.SpecificDiagnosticOptions.TryGetValue(ruleId, out var specific) && specific == ReportDiagnostic.Suppress)
        {
            return true;
        }

        var provider = options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return false;
        }

        return (provider.TryGetDiagnosticValue(tree, ruleId, cancellationToken, out var severity)
                || provider.TryGetGlobalDiagnosticValue(ruleId, cancellationToken, out severity))
            && severity == ReportDiagnostic.Suppress;
    }
}
