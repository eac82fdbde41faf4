using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Aeos.Analyzers.Configuration;

/// <summary>
/// An option read from <c>.editorconfig</c> or a global config file: its key, the rule it belongs to,
/// its default and how a raw value is parsed. Defined once, next to its rule's descriptor, and read by
/// the analyzer, the tests and the documentation check alike.
/// </summary>
internal abstract class AeosOption
{
    protected AeosOption(string key, string ruleId)
    {
        Key = key;
        RuleId = ruleId;
    }

    /// <summary>The key as written in configuration files, lower case: <c>aeos.max_function_lines</c>.</summary>
    public string Key { get; }

    /// <summary>The rule the option configures.</summary>
    public string RuleId { get; }

    /// <summary>The default as it is written in configuration files and documentation.</summary>
    public abstract string DefaultText { get; }
}

/// <summary>A whole-number option with a lower bound.</summary>
internal sealed class IntegerOption : AeosOption
{
    public IntegerOption(string key, string ruleId, int defaultValue, int minimum)
        : base(key, ruleId)
    {
        DefaultValue = defaultValue;
        Minimum = minimum;
    }

    public int DefaultValue { get; }

    public int Minimum { get; }

    public override string DefaultText => DefaultValue.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses a raw value; on failure <paramref name="problem"/> says what was expected.</summary>
    public bool TryParse(string raw, out int value, out string problem)
    {
        if (int.TryParse(raw.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && value >= Minimum)
        {
            problem = string.Empty;
            return true;
        }

        value = DefaultValue;
        problem = string.Format(CultureInfo.InvariantCulture, "expected a whole number of at least {0}", Minimum);
        return false;
    }
}

/// <summary>An option that takes one of a fixed set of words.</summary>
/// <typeparam name="TEnum">The enumeration the words map to, in the order of <see cref="Choices"/>.</typeparam>
internal sealed class ChoiceOption<TEnum> : AeosOption
    where TEnum : struct, Enum
{
    public ChoiceOption(string key, string ruleId, TEnum defaultValue, params string[] choices)
        : base(key, ruleId)
    {
        DefaultValue = defaultValue;
        Choices = choices.ToImmutableArray();
    }

    public TEnum DefaultValue { get; }

    /// <summary>The accepted words; the word at index i maps to the enumeration value i.</summary>
    public ImmutableArray<string> Choices { get; }

    public override string DefaultText => Choices[Convert.ToInt32(DefaultValue, CultureInfo.InvariantCulture)];

    public bool TryParse(string raw, out TEnum value, out string problem)
    {
        var index = Choices.IndexOf(raw.Trim().ToLowerInvariant());
        if (index >= 0)
        {
            value = (TEnum)Enum.ToObject(typeof(TEnum), index);
            problem = string.Empty;
            return true;
        }

        value = DefaultValue;
        problem = "expected one of " + string.Join(", ", Choices);
        return false;
    }
}

/// <summary>A percentage from 0 to 100, written with or without a trailing <c>%</c>; decimals allowed (<c>72.5</c>).</summary>
internal sealed class PercentageOption : AeosOption
{
    public PercentageOption(string key, string ruleId, decimal defaultValue)
        : base(key, ruleId)
    {
        DefaultValue = defaultValue;
    }

    public decimal DefaultValue { get; }

    public override string DefaultText => DefaultValue.ToString("0.##", CultureInfo.InvariantCulture);

    public bool TryParse(string raw, out decimal value, out string problem)
    {
        var text = raw.Trim();
        if (text.EndsWith("%", StringComparison.Ordinal))
        {
            text = text.Substring(0, text.Length - 1).TrimEnd();
        }

        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && value <= 100m)
        {
            problem = string.Empty;
            return true;
        }

        value = DefaultValue;
        problem = "expected a percentage from 0 to 100";
        return false;
    }
}

/// <summary>
/// A comma-separated list of wildcard patterns (<c>*</c> any run of characters, <c>?</c> one character)
/// matched against fully-qualified metadata names such as <c>System.Windows.Window</c> or <c>Ns.Outer+Inner`1</c>.
/// An empty value is an empty list.
/// </summary>
internal sealed class WildcardListOption : AeosOption
{
    public WildcardListOption(string key, string ruleId, string defaultText)
        : base(key, ruleId)
    {
        DefaultText = defaultText;
        DefaultValue = new WildcardList(Split(defaultText));
    }

    public override string DefaultText { get; }

    public WildcardList DefaultValue { get; }

    public bool TryParse(string raw, out WildcardList value, out string problem)
    {
        var patterns = Split(raw);
        var invalid = patterns.FirstOrDefault(p => !p.All(IsNameCharacter));
        if (invalid is null)
        {
            value = new WildcardList(patterns);
            problem = string.Empty;
            return true;
        }

        value = DefaultValue;
        problem = "'" + invalid + "' is not a wildcard pattern of type names (letters, digits, _ . + ` * ?), expected comma-separated patterns";
        return false;
    }

    private static ImmutableArray<string> Split(string raw) =>
        raw.Split(',').Select(p => p.Trim()).Where(p => p.Length > 0).ToImmutableArray();

    private static bool IsNameCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '+' or '`' or '*' or '?';
}

/// <summary>Parsed wildcard patterns; matching is ordinal and case-sensitive, like metadata names.</summary>
internal sealed class WildcardList
{
    public WildcardList(ImmutableArray<string> patterns)
    {
        Patterns = patterns;
    }

    public ImmutableArray<string> Patterns { get; }

    public bool Matches(string name)
    {
        foreach (var pattern in Patterns)
        {
            if (Matches(pattern, name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string pattern, string name)
    {
        // Iterative glob matching that backtracks only to the last '*': no recursion, no allocation.
        int p = 0, n = 0, star = -1, starName = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                starName = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++starName;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
