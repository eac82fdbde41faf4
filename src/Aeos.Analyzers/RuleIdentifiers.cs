namespace Aeos.Analyzers;

/// <summary>Every diagnostic ID the analyzers report, in one place.</summary>
internal static class RuleIdentifiers
{
    public const string InvalidOption = "AEOS0001";

    public const string UnknownOption = "AEOS0002";

    public const string FunctionLength = "AEOS1003";

    public const string CognitiveComplexity = "AEOS1002";

    public const string DocumentationCoverage = "AEOS1005";

    public const string UndocumentedMember = "AEOS1006";

    public const string BlockingWaitInAsyncCode = "AEOS4001";

    public const string QueryInLoop = "AEOS4002";

    public const string LinearSearchInLoop = "AEOS4003";

    public const string StringConcatenationInLoop = "AEOS4004";

    public const string SwallowedException = "AEOS4005";

    public const string AsyncVoid = "AEOS4006";

    public const string UntrackedShim = "AEOS4007";

    public const string ShimRemovalDate = "AEOS4008";

    public const string WallClockRead = "AEOS4010";

    public const string UnseededRandomInTests = "AEOS4011";

    public const string UndisposedLocal = "AEOS4012";

    public const string StaticEventSubscriptionLeak = "AEOS4013";

    public const string CyclomaticComplexity = "AEOS1001";

    public const string InheritanceDepth = "AEOS1004";

    public const string UnnecessaryUsing = "AEOS2001";

    public const string UnusedPrivateMember = "AEOS2002";

    public const string UnusedLocal = "AEOS2003";

    public const string UnusedParameter = "AEOS2004";

    public const string UnreadAssignment = "AEOS2005";

    public const string BannedSymbol = "AEOS3001";

    public const string InsecureDeserialization = "AEOS3003";

    public const string WeakCryptography = "AEOS3004";

    public const string ProcessCommandLine = "AEOS3005";

    public const string XmlExternalEntities = "AEOS3006";

    public const string SqlInjection = "AEOS3007";

    public const string HardCodedSecret = "AEOS3008";

    public const string CertificateValidationDisabled = "AEOS3010";

    public const string DynamicCodeExecution = "AEOS3002";

    public const string InsecureRandomness = "AEOS3011";

    public const string SensitiveDataInLog = "AEOS3012";

    public const string ObfuscatedPayload = "AEOS3009";
}
