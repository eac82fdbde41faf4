namespace Aeos.Analyzers;

/// <summary>
/// Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>: the machine-readable facts a
/// diagnostic carries into the SARIF log, where the baseline and the evidence bundle read them.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>The measured value, invariant culture.</summary>
    public const string Value = "value";

    /// <summary>The limit in force where the diagnostic was reported.</summary>
    public const string Limit = "limit";

    /// <summary>The documentation-comment ID of the function or type the diagnostic is about.</summary>
    public const string Symbol = "symbol";
}
