namespace Aeos.Analyzers.Tests.Differential;

/// <summary>
/// Where Aeos and Microsoft's code metrics knowingly disagree; each is described on the rule page
/// (docs/rules/AEOS1001.md, docs/rules/AEOS1004.md, section "Differences from CA1502 / CA1501").
/// </summary>
public enum DocumentedDifference
{
    /// <summary>No difference: the values must be equal.</summary>
    None,

    /// <summary>Aeos counts each switch-expression arm except a bare discard; CA1502 counts none.</summary>
    SwitchExpressionArms,

    /// <summary>Aeos counts each <c>and</c>/<c>or</c> pattern combinator; CA1502 counts none.</summary>
    PatternCombinators,

    /// <summary>CA1502 counts the non-short-circuit <c>&amp;</c> and <c>|</c> on <c>bool</c>; Aeos counts only <c>&amp;&amp;</c> and <c>||</c>.</summary>
    NonShortCircuitBooleanOperators,

    /// <summary>CA1502 reports a partial method at its body-less definition (always 1); Aeos measures the implementation.</summary>
    PartialMethodMeasuredAtDefinition,

    /// <summary>CA1502 reports declarations without code (auto-accessors, abstract, extern, interface members) as 1; Aeos has no function there.</summary>
    DeclarationWithoutBody,

    /// <summary>CA1501 reports every struct, enum and delegate as one level deep; AEOS1004 is about classes only.</summary>
    NonClassTypeReportedByCA1501,

    /// <summary>CA1501 counts only bases defined in the same assembly; with an empty ignore list AEOS1004 counts framework bases too.</summary>
    FrameworkBasesCounted,
}
