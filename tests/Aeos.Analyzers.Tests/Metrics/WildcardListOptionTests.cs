using Aeos.Analyzers.Configuration;
using Xunit;

namespace Aeos.Analyzers.Tests.Metrics;

/// <summary>The wildcard list behind <c>aeos.inheritance_depth_ignored_bases</c>.</summary>
public sealed class WildcardListOptionTests
{
    private static readonly WildcardListOption Option = new("aeos.test_list", "AEOS1004", "System.*, Microsoft.*");

    [Theory]
    [InlineData("System.*", "System.Windows.Window", true)]
    [InlineData("System.*", "System", false)]
    [InlineData("System.*", "MySystem.Base", false)]
    [InlineData("System.*", "system.Exception", false)]
    [InlineData("*.Base", "App.Core.Base", true)]
    [InlineData("App.*.Base", "App.Core.Base", true)]
    [InlineData("App.*.Base", "App.Core.BaseX", false)]
    [InlineData("App.Repository`?", "App.Repository`1", true)]
    [InlineData("App.Outer+*", "App.Outer+Inner", true)]
    [InlineData("*", "Anything", true)]
    [InlineData("A*B*C", "AxxBxxBxxC", true)]
    [InlineData("A*B*C", "AxxBxxC!", false)]
    public void MatchesOrdinalWildcards(string patterns, string name, bool expected)
    {
        Assert.True(Option.TryParse(patterns, out var list, out _));

        Assert.Equal(expected, list.Matches(name));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData(" , ", 0)]
    [InlineData("System.*", 1)]
    [InlineData(" System.* ,Microsoft.*,  App.Base ", 3)]
    public void SplitsOnCommasAndIgnoresEmptyEntries(string raw, int count)
    {
        Assert.True(Option.TryParse(raw, out var list, out var problem));

        Assert.Equal(count, list.Patterns.Length);
        Assert.Empty(problem);
    }

    [Theory]
    [InlineData("System.* Microsoft.*")]
    [InlineData("App/Base")]
    [InlineData("App.Base<T>")]
    public void RejectsWhatCannotBeATypeNamePattern(string raw)
    {
        Assert.False(Option.TryParse(raw, out var list, out var problem));

        Assert.Equal(Option.DefaultValue, list);
        Assert.Contains("is not a wildcard pattern", problem, System.StringComparison.Ordinal);
    }
}
