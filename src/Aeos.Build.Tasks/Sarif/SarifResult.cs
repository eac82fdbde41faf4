using System.Collections.Generic;

namespace Aeos.Build.Tasks.Sarif;

/// <summary>How a result in the analysis log was suppressed, if it was.</summary>
internal enum SuppressionKind
{
    None,
    Source,
    Baseline,
}

/// <summary>One result of the compiler's analysis log, with what the gates need of it.</summary>
internal sealed class SarifResult
{
    public SarifResult(string ruleId, string level, string message, string? file, int line, int column, IReadOnlyDictionary<string, string> properties, SuppressionKind suppression)
    {
        RuleId = ruleId;
        Level = level;
        Message = message;
        File = file;
        Line = line;
        Column = column;
        Properties = properties;
        Suppression = suppression;
    }

    public string RuleId { get; }

    /// <summary><c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</summary>
    public string Level { get; }

    public string Message { get; }

    /// <summary>The local path of the first location; null for a result without a source location.</summary>
    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The diagnostic's properties (<c>properties.customProperties</c>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    public SuppressionKind Suppression { get; }

    /// <summary>
    /// An error of the compiler itself (its rule is tagged <c>Compiler</c> with the default level <c>error</c>, as
    /// CS0029): the compilation failed, and the log says nothing reliable about the analyzers. A warning the
    /// build raised to an error (TreatWarningsAsErrors) keeps its default level <c>warning</c> and is no such error.
    /// </summary>
    public bool IsCompilerError { get; set; }

    public bool IsAeos => RuleId.StartsWith(SarifSummary.RulePrefix, System.StringComparison.Ordinal);
}
