using System;
using System.Collections.Immutable;
using System.Linq;

namespace Aeos.Analyzers.Configuration;

/// <summary>
/// A comma-separated list of names, each a simple or qualified name that may end with <c>*</c> (a prefix):
/// <c>MyUsedAttribute, MyCompany.Serialization.*</c>. The word <c>none</c> is the empty list.
/// </summary>
internal sealed class NameListOption : AeosOption
{
    public NameListOption(string key, string ruleId)
        : base(key, ruleId)
    {
    }

    public ImmutableArray<string> DefaultValue { get; } = ImmutableArray<string>.Empty;

    public override string DefaultText => "none";

    public bool TryParse(string raw, out ImmutableArray<string> value, out string problem)
    {
        var text = raw.Trim();
        if (text.Length == 0 || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            value = DefaultValue;
            problem = string.Empty;
            return true;
        }

        var names = text.Split(',').Select(name => name.Trim()).ToImmutableArray();
        if (names.All(IsName))
        {
            value = names;
            problem = string.Empty;
            return true;
        }

        value = DefaultValue;
        problem = "expected a comma-separated list of names, each optionally ending with *";
        return false;
    }

    private static bool IsName(string name)
    {
        var body = name.EndsWith("*", StringComparison.Ordinal) ? name.Substring(0, name.Length - 1) : name;
        return body.Length > 0
            && body.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));
    }
}
