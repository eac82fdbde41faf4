namespace Aeos.Analyzers;

/// <summary>The categories of the rule families (RULES.md).</summary>
internal static class DiagnosticCategories
{
    public const string Configuration = "Configuration";

    public const string Size = "Size";

    public const string Documentation = "Documentation";

    public const string Reliability = "Reliability";

    public const string Performance = "Performance";

    public const string Unused = "Unused";

    public const string Security = "Security";
}
