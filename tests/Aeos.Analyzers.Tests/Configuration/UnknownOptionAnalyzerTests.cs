using System.Threading.Tasks;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Configuration.UnknownOptionAnalyzer>;

namespace Aeos.Analyzers.Tests.Configuration;

public sealed class UnknownOptionAnalyzerTests
{
    private const string Source = "public class C { }";

    [Fact]
    public async Task AMisspeltOptionIsReportedWithTheNearestName()
    {
        await Verify.VerifyAnalyzerAsync(
            Source,
            "aeos.max_cyclomatic_complexty = 8\naeos.colour_scheme = dark",
            Expected("aeos.colour_scheme", "option", string.Empty),
            Expected("aeos.max_cyclomatic_complexty", "option", "; did you mean 'aeos.max_cyclomatic_complexity'?"));
    }

    [Fact]
    public async Task KnownOptionsOtherToolsKeysAndGateIdsAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(
            Source,
            "aeos.max_cyclomatic_complexity = 8\naeos.function_lines_mode = physical\ndotnet_style_qualification_for_field = false\n"
            + "dotnet_diagnostic.AEOS1001.severity = error\ndotnet_diagnostic.AEOS9401.severity = none\ndotnet_diagnostic.CA1000.severity = none\naeosx.key = 1");
    }

    [Fact]
    public async Task ASeverityForAnAeosIdThatDoesNotExistIsReported()
    {
        await Verify.VerifyAnalyzerAsync(
            Source,
            "dotnet_diagnostic.AEOS1010.severity = none\ndotnet_diagnostic.AEOS7001.severity = error\ndotnet_diagnostic.AEOS1001.severity = error",
            Expected("dotnet_diagnostic.AEOS1010.severity", "rule ID", "; did you mean 'AEOS3010'?"),
            Expected("dotnet_diagnostic.AEOS7001.severity", "rule ID", "; did you mean 'AEOS0001'?"));
    }

    [Theory]
    [InlineData("aeos.max_function_line", "option", "; did you mean 'aeos.max_function_lines'?")]
    [InlineData("AEOS.MAX_FUNCTION_LINES", null, null)]
    [InlineData("dotnet_diagnostic.aeos20055.severity", "rule ID", "; did you mean 'AEOS2005'?")]
    [InlineData("dotnet_diagnostic.AEOS7777.severity", "rule ID", "")]
    [InlineData("dotnet_diagnostic.aeos2003.severity", null, null)]
    [InlineData("dotnet_diagnostic.aeos9001.severity", null, null)]
    [InlineData("dotnet_diagnostic.ide0005.severity", null, null)]
    public void JudgesKeysAsTheCompilerPassesThem(string key, string? kind, string? suggestion)
    {
        var judged = UnknownOptionAnalyzer.Judge(key);

        Assert.Equal(kind, judged?.Kind);
        Assert.Equal(suggestion, judged?.Suggestion);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void EditDistanceCountsInsertionsDeletionsAndSubstitutions(string first, string second, int expected) =>
        Assert.Equal(expected, EditDistance.Between(first, second));

    private static DiagnosticResult Expected(string key, string kind, string suggestion) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnknownOption).WithNoLocation().WithArguments(key, kind, suggestion);
}
