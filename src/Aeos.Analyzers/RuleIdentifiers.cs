namespace Aeos.Analyzers;

/// <summary>Every diagnostic ID the analyzers report, in one place.</summary>
internal static class RuleIdentifiers
{
    public const string InvalidOption = "AEOS0001";

    public const string FunctionLength = "AEOS1003";

    public const string CognitiveComplexity = "AEOS1002";

    public const string DocumentationCoverage = "AEOS1005";

    public const string UndocumentedMember = "AEOS1006";
}
