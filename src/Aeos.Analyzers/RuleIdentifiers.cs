namespace Aeos.Analyzers;

/// <summary>Every diagnostic ID the analyzers report, in one place.</summary>
internal static class RuleIdentifiers
{
    public const string InvalidOption = "AEOS0001";

    public const string FunctionLength = "AEOS1003";

    public const string CyclomaticComplexity = "AEOS1001";

    public const string InheritanceDepth = "AEOS1004";
}
