using System.Collections.Immutable;

namespace Aeos.Analyzers.Configuration;

/// <summary>How AEOS1003 counts the lines of a function.</summary>
internal enum FunctionLinesMode
{
    /// <summary>Lines that hold code; blank and comment-only lines are not counted.</summary>
    Code = 0,

    /// <summary>Every line of the body.</summary>
    Physical = 1,
}

/// <summary>Whether AEOS3001 adds its built-in list to the project's banned-symbols files.</summary>
internal enum BuiltInBannedSymbols
{
    /// <summary>Only the project's files.</summary>
    Excluded = 0,

    /// <summary>The built-in list, then the project's files (whose <c>!</c> lines can trim it).</summary>
    Included = 1,
}

/// <summary>Whether AEOS4010 reports wall-clock reads in <c>Main</c> and top-level statements.</summary>
internal enum WallClockInEntryPoint
{
    /// <summary>Not reported: the program's entry point is where the real clock is chosen.</summary>
    Allowed = 0,

    /// <summary>Reported like any other code.</summary>
    Reported = 1,
}

/// <summary>Every option the analyzers read, with its type and default.</summary>
internal static class AeosOptions
{
    public static readonly IntegerOption MaxFunctionLines =
        new("aeos.max_function_lines", RuleIdentifiers.FunctionLength, defaultValue: 50, minimum: 0);

    public static readonly ChoiceOption<FunctionLinesMode> FunctionLinesMode =
        new("aeos.function_lines_mode", RuleIdentifiers.FunctionLength, Configuration.FunctionLinesMode.Code, "code", "physical");

    public static readonly IntegerOption MaxCognitiveComplexity =
        new("aeos.max_cognitive_complexity", RuleIdentifiers.CognitiveComplexity, defaultValue: 15, minimum: 0);

    public static readonly PercentageOption MinDocumentationCoverage =
        new("aeos.min_documentation_coverage", RuleIdentifiers.DocumentationCoverage, defaultValue: 80m);

    public static readonly ChoiceOption<Documentation.DocumentationScope> DocumentationScope =
        new("aeos.documentation_scope", RuleIdentifiers.UndocumentedMember, Documentation.DocumentationScope.Protected, "none", "public", "protected", "internal");

    public static readonly IntegerOption MaxCyclomaticComplexity =
        new("aeos.max_cyclomatic_complexity", RuleIdentifiers.CyclomaticComplexity, defaultValue: 10, minimum: 0);

    public static readonly IntegerOption MaxInheritanceDepth =
        new("aeos.max_inheritance_depth", RuleIdentifiers.InheritanceDepth, defaultValue: 3, minimum: 0);

    public static readonly WildcardListOption InheritanceDepthIgnoredBases =
        new("aeos.inheritance_depth_ignored_bases", RuleIdentifiers.InheritanceDepth, "System.*, Microsoft.*");

    public static readonly ChoiceOption<Unused.UnusedMembersScope> UnusedMembersScope =
        new("aeos.unused_members_scope", RuleIdentifiers.UnusedPrivateMember, Unused.UnusedMembersScope.Private, "private", "internal");

    public static readonly NameListOption UsedImplicitlyAttributes =
        new("aeos.used_implicitly_attributes", RuleIdentifiers.UnusedPrivateMember);

    public static readonly ChoiceOption<BuiltInBannedSymbols> BannedSymbolsDefaults =
        new("aeos.banned_symbols_defaults", RuleIdentifiers.BannedSymbol, BuiltInBannedSymbols.Included, "false", "true");

    public static readonly ChoiceOption<WallClockInEntryPoint> WallClockInEntryPoint =
        new("aeos.wall_clock_in_entry_point", RuleIdentifiers.WallClockRead, Configuration.WallClockInEntryPoint.Allowed, "false", "true");

    /// <summary>All options; the documentation check verifies that each rule page lists exactly its own.</summary>
    public static ImmutableArray<AeosOption> All { get; } = ImmutableArray.Create<AeosOption>(
        MaxFunctionLines,
        FunctionLinesMode,
        MaxCognitiveComplexity,
        MinDocumentationCoverage,
        DocumentationScope,
        MaxCyclomaticComplexity,
        MaxInheritanceDepth,
        InheritanceDepthIgnoredBases,
        UnusedMembersScope,
        UsedImplicitlyAttributes,
        BannedSymbolsDefaults,
        WallClockInEntryPoint);
}
