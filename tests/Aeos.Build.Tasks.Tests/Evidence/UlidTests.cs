using System;
using Aeos.Build.Tasks.Evidence;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Evidence;

public sealed class UlidTests
{
    [Fact]
    public void TheTimestampIsEncodedAsTheSpecificationShows()
    {
        // The ULID specification's example: 1469918176385 ms since the epoch is "01ARYZ6S41".
        var time = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(1469918176385);

        var id = Ulid.FromKey(time, "any key");

        Assert.StartsWith("01ARYZ6S41", id, StringComparison.Ordinal);
        Assert.Equal(26, id.Length);
        Assert.True(Ulid.IsValid(id));
    }

    [Fact]
    public void TheSameKeyGivesTheSameIdAndAnotherKeyAnother()
    {
        var time = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(Ulid.FromKey(time, "host/42/1"), Ulid.FromKey(time, "host/42/1"));
        Assert.NotEqual(Ulid.FromKey(time, "host/42/1"), Ulid.FromKey(time, "host/43/1"));
        Assert.Equal(Ulid.FromKey(time, "a")[..10], Ulid.FromKey(time, "b")[..10]);
    }

    [Theory]
    [InlineData("01ARYZ6S41TSV4RRFFQ69G5FA", false)]
    [InlineData("01ARYZ6S41TSV4RRFFQ69G5FAVX", false)]
    [InlineData("01ARYZ6S41TSV4RRFFQ69G5FAU", false)]
    [InlineData("81ARYZ6S41TSV4RRFFQ69G5FAV", false)]
    [InlineData("01arYZ6S41TSV4RRFFQ69G5FAV", false)]
    [InlineData("01ARYZ6S41TSV4RRFFQ69G5FAV", true)]
    public void OnlyCanonicalUlidsAreValid(string text, bool valid) => Assert.Equal(valid, Ulid.IsValid(text));

    [Fact]
    public void AConfiguredLoopIdWinsOverTheProcess()
    {
        Assert.Equal("01ARYZ6S41TSV4RRFFQ69G5FAV", LoopIdentity.Resolve(" 01aryz6s41tsv4rrffq69g5fav "));
    }

    [Fact]
    public void WithoutConfigurationTheIdStaysTheSameWithinOneProcess()
    {
        Environment.SetEnvironmentVariable(LoopIdentity.EnvironmentVariable, null);

        var first = LoopIdentity.Resolve(null);

        Assert.True(Ulid.IsValid(first), first);
        Assert.Equal(first, LoopIdentity.Resolve(string.Empty));
    }
}
