using Aeos.Build.Tasks.Packages;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class VersionPinTests
{
    [Theory]
    [InlineData("1.2.3", nameof(PinKind.Pinned))]
    [InlineData(" 1.2.3-beta.1 ", nameof(PinKind.Pinned))]
    [InlineData("[1.2.3]", nameof(PinKind.Pinned))]
    [InlineData("[1.2.3, )", nameof(PinKind.Pinned))]
    [InlineData("", nameof(PinKind.Missing))]
    [InlineData(null, nameof(PinKind.Missing))]
    [InlineData("*", nameof(PinKind.Floating))]
    [InlineData("1.*", nameof(PinKind.Floating))]
    [InlineData("1.2.*-beta*", nameof(PinKind.Floating))]
    [InlineData("[1.*, 2.0)", nameof(PinKind.Floating))]
    [InlineData("(1.0, 2.0)", nameof(PinKind.OpenRange))]
    [InlineData("(1.0, )", nameof(PinKind.OpenRange))]
    [InlineData("(, 2.0]", nameof(PinKind.OpenRange))]
    [InlineData("[, 2.0]", nameof(PinKind.OpenRange))]
    [InlineData("(1.0)", nameof(PinKind.OpenRange))]
    [InlineData("[1,2)", nameof(PinKind.BoundedRange))]
    [InlineData("[1.0, 2.0]", nameof(PinKind.BoundedRange))]
    public void ClassifiesByWhatRestoreResolves(string? version, string expected)
    {
        Assert.Equal(expected, VersionPin.Classify(version).ToString());
    }
}
