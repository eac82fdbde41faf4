namespace Aeos.RealCode.FixSafety;

/// <summary>One fix applied: the rule, the scope ("one" or "document"), where, and the first new compile error (null: none).</summary>
internal sealed record FixOutcome(string RuleId, string Scope, string Where, string? NewError);
