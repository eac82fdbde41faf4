using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers;

/// <summary>The descriptors of the transitional-shim rules (AEOS4007, AEOS4008), kept apart to keep the catalogue file short.</summary>
internal static partial class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UntrackedShim = Create(
        RuleIdentifiers.UntrackedShim,
        DiagnosticCategories.Reliability,
        "Transitional shim has no removal ticket or date",
        "{0} {1}; write 'remove-by: yyyy-MM-dd <ticket>' (a ticket is #123, KEY-123 or a URL)",
        "A TODO, HACK or FIXME comment or an [Obsolete] member is a transitional shim: code meant to go away. Without a ticket that tracks its removal and a date by which it is removed, it stays forever. Write 'remove-by: <date> <ticket>' in the comment or the Obsolete message.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ShimRemovalDate = Create(
        RuleIdentifiers.ShimRemovalDate,
        DiagnosticCategories.Reliability,
        "Transitional shim is past or beyond its removal date",
        "{0} is due for removal on {1}, {2} (today is {3})",
        "A transitional shim must be removed within 30 days: its removal date may be neither before the build's date (the shim has expired) nor more than 30 days after it. Remove the shim, or agree a new date on its ticket.",
        DiagnosticSeverity.Error);
}
