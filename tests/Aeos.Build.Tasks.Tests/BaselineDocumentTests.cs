using System.Linq;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class BaselineDocumentTests
{
    private static readonly BaselineEntry Metric = new("AEOS1003", "src/B.cs", "M:B.Run", "55", null, 0);
    private static readonly BaselineEntry Other = new("AEOS4005", "src/A.cs", "M:A.Go", null, "0123456789abcdef", 1);

    [Fact]
    public void WritesSortedStableTextThatReadsBack()
    {
        var text = new BaselineDocument(new[] { Metric, Other }).Serialize();

        Assert.Equal(text, new BaselineDocument(new[] { Other, Metric }).Serialize());
        Assert.Equal(text, BaselineDocument.Parse(text).Serialize());
        Assert.Equal(
            "{\n  \"schemaVersion\": 2,\n  \"entries\": [\n    {\n      \"rule\": \"AEOS4005\",\n      \"file\": \"src/A.cs\",\n      \"symbol\": \"M:A.Go\",\n      \"hash\": \"0123456789abcdef\",\n      \"occurrence\": 1\n    },\n    {\n      \"rule\": \"AEOS1003\",\n      \"file\": \"src/B.cs\",\n      \"symbol\": \"M:B.Run\",\n      \"value\": 55\n    }\n  ]\n}\n",
            text);
    }

    [Theory]
    [InlineData("{\"entries\": []}", 1, 1, "\"schemaVersion\" is missing; a number was expected")]
    [InlineData("{\"schemaVersion\": 3, \"entries\": []}", 1, 19, "unsupported schemaVersion 3; this version of Aeos reads 1 and 2")]
    [InlineData("{\"schemaVersion\": 0, \"entries\": []}", 1, 19, "unsupported schemaVersion 0; this version of Aeos reads 1 and 2")]
    [InlineData("{\"schemaVersion\": 2, \"entries\": [\n  {\"rule\": \"CS0168\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1}]}", 2, 61, "only Aeos metric rules record a \"value\"; an entry of CS0168 records a \"hash\"")]
    [InlineData("{\"schemaVersion\": 2, \"entries\": [\n  {\"rule\": \"CS 0168\", \"file\": \"a.cs\", \"symbol\": \"\", \"hash\": \"0123456789abcdef\"}]}", 2, 12, "\"rule\" must be a diagnostic ID such as AEOS1003 or CS0168, not \"CS 0168\"")]
    [InlineData("{\"schemaVersion\": 1}", 1, 1, "\"entries\" is missing; an array was expected")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\n  {\"rule\": \"CA1000\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1}]}", 2, 12, "\"rule\" must be an Aeos rule ID such as AEOS1003 in a version 1 baseline, not \"CA1000\"")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\n  {\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\"}]}", 2, 3, "an entry needs exactly one of \"value\" (metric rules) and \"hash\" (other rules)")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\n  {\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\", \"hash\": \"XYZ\"}]}", 2, 62, "\"hash\" must be 16 lower-case hexadecimal digits")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\n  {\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1, \"line\": 7}]}", 2, 74, "unknown property \"line\" in a baseline entry")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [\n  {\"rule\": \"AEOS1003\", \"file\": \"\", \"symbol\": \"\", \"value\": 1}]}", 2, 32, "\"file\" must not be empty")]
    public void NamesThePositionOfWhatIsWrong(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<JsonParseException>(() => BaselineDocument.Parse(text));

        Assert.Equal((line, column, problem), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void AVersion1FileIsReadAndWrittenBackAsVersion2WithTheSameEntries()
    {
        var legacy = "{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AEOS1003\", \"file\": \"src/B.cs\", \"symbol\": \"M:B.Run\", \"value\": 55}]}";

        var migrated = BaselineDocument.Parse(legacy).Serialize();

        Assert.StartsWith("{\n  \"schemaVersion\": 2,", migrated, System.StringComparison.Ordinal);
        Assert.Equal(new[] { Metric.Key }, BaselineDocument.Parse(migrated).Entries.Select(e => e.Key));
    }

    [Fact]
    public void Version2RecordsAnyDiagnosticByItsMessageHash()
    {
        var text = "{\"schemaVersion\": 2, \"entries\": [{\"rule\": \"CA1822\", \"file\": \"a.cs\", \"symbol\": \"N.C.Run()\", \"hash\": \"0123456789abcdef\", \"occurrence\": 2}]}";

        var entry = Assert.Single(BaselineDocument.Parse(text).Entries);

        Assert.Equal(("CA1822", "N.C.Run()", 2), (entry.Rule, entry.Symbol, entry.Occurrence));
    }

    [Fact]
    public void ADuplicateEntryIsRefused()
    {
        var entry = "{\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"M:A\", \"value\": 1}";

        var error = Assert.Throws<JsonParseException>(() => BaselineDocument.Parse("{\"schemaVersion\": 1, \"entries\": [" + entry + ",\n" + entry + "]}"));

        Assert.Equal((2, 1, "duplicate entry for AEOS1003 in a.cs (M:A)"), (error.Line, error.Column, error.Problem));
    }

    [Fact]
    public void FingerprintsIgnoreWhitespaceAndUseForwardSlashes()
    {
        Assert.Equal(Fingerprint.HashMessage("Catch  swallows\n the exception"), Fingerprint.HashMessage(" Catch swallows the exception "));
        Assert.NotEqual(Fingerprint.HashMessage("a"), Fingerprint.HashMessage("b"));
        Assert.Matches("^[0-9a-f]{16}$", Fingerprint.HashMessage("anything"));
        Assert.Equal("src/App/A.cs", Fingerprint.RelativePath("/repo/", "/repo/src/App/A.cs"));
        Assert.Equal("src/App/A.cs", Fingerprint.RelativePath(@"C:\repo", @"C:\repo\src\App\A.cs"));
        Assert.Equal("/elsewhere/B.cs", Fingerprint.RelativePath("/repo", "/elsewhere/B.cs"));
        Assert.Equal("/repository/B.cs", Fingerprint.RelativePath("/repo", "/repository/B.cs"));
    }

    [Fact]
    public void MetricEntriesSuppressWhileTheValueIsNotWorse()
    {
        var baseline = new BaselineDocument(new[] { Metric });

        var matches = BaselineMatcher.Match(
            new[]
            {
                new Observation("AEOS1003", "src/B.cs", "M:B.Run", "55", "m", 3, 5),
                new Observation("AEOS1003", "src/B.cs", "M:B.Other", "20", "m", 9, 5),
            },
            baseline);

        Assert.True(matches.Single(m => m.Observation.Symbol == "M:B.Run").IsSuppressed);
        Assert.False(matches.Single(m => m.Observation.Symbol == "M:B.Other").IsSuppressed);
        Assert.False(BaselineMatcher.Match(new[] { new Observation("AEOS1003", "src/B.cs", "M:B.Run", "56", "m", 3, 5) }, baseline).Single().IsSuppressed);
        Assert.True(BaselineMatcher.Match(new[] { new Observation("AEOS1003", "src/B.cs", "M:B.Run", "40", "m", 3, 5) }, baseline).Single().IsSuppressed);
    }

    [Fact]
    public void ForAMinimumLikeCoverageHigherIsBetter()
    {
        var baseline = new BaselineDocument(new[] { new BaselineEntry("AEOS1005", "<App>", string.Empty, "62.5", null, 0) });

        bool Suppressed(string value) =>
            BaselineMatcher.Match(new[] { new Observation("AEOS1005", "<App>", string.Empty, value, "m", 0, 0, limit: "80") }, baseline).Single().IsSuppressed;

        Assert.True(Suppressed("62.5"));
        Assert.True(Suppressed("70"));
        Assert.False(Suppressed("60"));
    }

    [Fact]
    public void IdenticalViolationsAreToldApartByTheirOrderInTheFile()
    {
        var recorded = Enumerable.Range(0, 2).Select(i => new Observation("AEOS4005", "a.cs", "M:A", null, "same", 0, 0).ToEntry(i));
        var observed = new[] { 30, 10, 20 }.Select(line => new Observation("AEOS4005", "a.cs", "M:A", null, "same", line, 1));

        var matches = BaselineMatcher.Match(observed, new BaselineDocument(recorded));

        Assert.Equal(new[] { 10, 20 }, matches.Where(m => m.IsSuppressed).Select(m => m.Observation.Line).Order());
        Assert.Equal(2, matches.Single(m => !m.IsSuppressed).Candidate.Occurrence);
    }
}
