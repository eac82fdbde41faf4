using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers;

/// <summary>
/// Every descriptor the analyzers report, created through one factory so that IDs, categories, default
/// severities and help links are seen together. Default severities here match the strict preset in
/// <c>build/Aeos.Analyzers.globalconfig</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where each rule's page lives: <c>docs/rules/{id}.md</c> in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/aeos-analyzers/Aeos.Analyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        RuleIdentifiers.InvalidOption,
        DiagnosticCategories.Configuration,
        "Invalid Aeos option value",
        "Invalid value '{0}' for option '{1}' in .editorconfig or a global config file: {2}; the default {3} is used",
        "An Aeos option in .editorconfig or a global config file has a value the option does not accept. The rule keeps working with the option's default value until the setting is corrected.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FunctionLength = Create(
        RuleIdentifiers.FunctionLength,
        DiagnosticCategories.Size,
        "Function is too long",
        "'{0}' is {1} {2} long; the limit is {3}",
        "A function longer than the limit does more than one thing and is hard to read, test and review. Extract coherent parts into well-named functions.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CyclomaticComplexity = Create(
        RuleIdentifiers.CyclomaticComplexity,
        DiagnosticCategories.Size,
        "Function has too many decision points",
        "'{0}' has a cyclomatic complexity of {1}; the limit is {2}",
        "Cyclomatic complexity counts the independent paths through a function: 1 plus each branch, loop, switch label and short-circuit operator. A function with many paths needs many tests and is hard to change safely. Split it into smaller functions or replace conditionals with data or polymorphism.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InheritanceDepth = Create(
        RuleIdentifiers.InheritanceDepth,
        DiagnosticCategories.Size,
        "Class hierarchy is too deep",
        "'{0}' has {1} base {2} above it; the limit is {3}",
        "Each base class adds behaviour a reader must know to understand the class, and changes to a base ripple into every class below it. Prefer composition over deep inheritance. Framework bases are not counted by default.",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        string title,
        string messageFormat,
        string description,
        DiagnosticSeverity defaultSeverity,
        params string[] customTags) =>
        new(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
}
