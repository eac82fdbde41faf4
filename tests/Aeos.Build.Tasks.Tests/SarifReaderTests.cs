using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class SarifReaderTests
{
    private const string Log = """
        {
          "$schema": "http://json.schemastore.org/sarif-2.1.0",
          "version": "2.1.0",
          "runs": [
            {
              "results": [
                { "ruleId": "AEOS1003", "level": "warning", "message": { "text": "long" } },
                { "ruleId": "AEOS1003", "level": "error", "message": { "text": "long" } },
                { "ruleId": "AEOS0001", "message": { "text": "no level means warning" } },
                { "ruleId": "AEOS1003", "level": "note", "message": { "text": "info" } },
                { "ruleId": "AEOS1003", "level": "warning", "suppressions": [ { "kind": "external", "justification": "Recorded in aeos.baseline.json" } ] },
                { "ruleId": "AEOS1003", "level": "warning", "suppressions": [ { "kind": "inSource" } ] },
                { "ruleId": "AEOS1003", "level": "error", "suppressions": [ { "kind": "inSource", "properties": { "suppressionType": "DiagnosticSuppressor { Suppression Id: AEOSB1003, Suppression Justification: Legacy debt recorded in aeos.baseline.json }" } } ] },
                { "ruleId": "CS0168", "level": "warning", "message": { "text": "not ours" } },
                { "ruleId": "AEOS1003", "level": "none", "message": { "text": "not a violation" } }
              ]
            },
            { "tool": { "driver": { "name": "no results" } } }
          ]
        }
        """;

    [Fact]
    public void CountsAeosResultsByLevelAndSuppression()
    {
        var summary = SarifReader.Summarize(Log);

        Assert.Equal((1, 2, 1), (summary.Errors, summary.Warnings, summary.Notes));
        Assert.Equal((2, 1), (summary.Baselined, summary.Suppressed));
        Assert.Equal(new[] { "AEOS0001", "AEOS1003" }, summary.Rules.Keys);
        Assert.Equal(3, summary.Rules["AEOS1003"]);
    }

    [Fact]
    public void ReadsTheOlderFormatOfAProjectsOwnErrorLog()
    {
        const string legacy = """{"version": "1.0.0", "runs": [{"results": [{"ruleId": "AEOS1003", "level": "warning"}, {"ruleId": "AEOS1003", "level": "warning", "suppressionStates": ["suppressedInSource"]}]}]}""";

        var summary = SarifReader.Summarize(legacy);

        Assert.Equal((1, 1), (summary.Warnings, summary.Suppressed));
    }

    [Fact]
    public void ReadsTheLocationOfAResultInTheOlderFormat()
    {
        const string legacy = """{"version": "1.0.0", "runs": [{"results": [{"ruleId": "CS0168", "level": "warning", "message": "unused", "locations": [{"resultFile": {"uri": "file:///src/A.cs", "region": {"startLine": 7, "startColumn": 13}}}]}]}]}""";

        var result = Assert.Single(SarifReader.Read(legacy));

        Assert.Equal(("/src/A.cs", 7, 13, "unused"), (result.File!.Replace('\\', '/'), result.Line, result.Column, result.Message));
    }

    [Theory]
    [InlineData("[]", 1, 1, "a SARIF log must be a JSON object")]
    [InlineData("{\"runs\": []}", 1, 1, "a SARIF log needs a \"version\" string")]
    [InlineData("{\"version\": \"3.0\", \"runs\": []}", 1, 13, "unsupported SARIF version \"3.0\"; 2.1.0 or 1.0.0 was expected")]
    [InlineData("{\"version\": \"2.1.0\"}", 1, 1, "\"runs\" is missing; an array was expected")]
    [InlineData("{\"version\": \"2.1.0\",\n \"runs\": {}}", 2, 10, "\"runs\" must be an array, not an object")]
    [InlineData("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": 5}]}]}", 1, 55, "\"ruleId\" must be a string, not a number")]
    public void NamesThePositionOfWhatIsWrong(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<JsonParseException>(() => SarifReader.Summarize(text));

        Assert.Equal((line, column, problem), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void SummaryLineStatesCountsAndWhereTheEvidenceIs()
    {
        var summary = SarifReader.Summarize(Log);

        Assert.Equal(
            "Aeos: 4 violations (1 error, 2 warnings, 1 note), 2 baselined, 1 suppressed in source \u2014 /repo/artifacts/evidence/App.sarif",
            summary.FormatLine("/repo/artifacts/evidence/App.sarif"));
        Assert.Equal("Aeos: 0 violations (0 errors, 0 warnings), 0 baselined \u2014 x", new SarifSummary().FormatLine("x"));
    }

    [Fact]
    public void SummaryRoundTripsThroughItsFile()
    {
        var summary = SarifReader.Summarize(Log);

        var copy = SarifSummary.FromJson(summary.ToJson());

        Assert.Equal(summary.ToJson(), copy.ToJson());
        Assert.Equal(summary.FormatLine("x"), copy.FormatLine("x"));
    }

    [Fact]
    public void SummaryFileWithABadCountIsRefused()
    {
        var error = Assert.Throws<JsonParseException>(() => SarifSummary.FromJson("{\"errors\": -1}"));

        Assert.Equal("\"errors\" must be a whole number of at least 0", error.Problem);
    }

    [Theory]
    [InlineData("CS0029", "error", "Compiler", 1)] // the compiler's own error
    [InlineData("CS8602", "warning", "Compiler", 0)] // a compiler warning, even when the build raised it to an error
    [InlineData("XY0001", "error", "Analyzer", 0)] // an analyzer whose rule is an error by default: the compilation itself succeeded
    public void CountsOnlyErrorsOfTheCompilerItselfAsAFailedCompilation(string rule, string defaultLevel, string tag, int expected)
    {
        var log = "{\"version\": \"2.1.0\", \"runs\": [{\"results\": [{\"ruleId\": \"" + rule + "\", \"level\": \"error\"}], "
            + "\"tool\": {\"driver\": {\"name\": \"csc\", \"rules\": [{\"id\": \"" + rule + "\", \"defaultConfiguration\": {\"level\": \"" + defaultLevel + "\"}, "
            + "\"properties\": {\"tags\": [\"" + tag + "\"]}}]}}}]}";

        Assert.Equal(expected, SarifReader.Summarize(log).CompilerErrors);
    }

    [Fact]
    public void ReadsTheCompilerErrorsOfALegacyLog()
    {
        const string log = """
            {"version": "1.0.0", "runs": [{"results": [{"ruleId": "CS0029", "level": "error"}, {"ruleId": "CS0168", "level": "error"}],
              "rules": {"CS0029": {"id": "CS0029", "defaultLevel": "error", "properties": {"tags": ["Compiler"]}},
                        "CS0168": {"id": "CS0168", "defaultLevel": "warning", "properties": {"tags": ["Compiler"]}}}}]}
            """;

        Assert.Equal(1, SarifReader.Summarize(log).CompilerErrors);
    }
}
