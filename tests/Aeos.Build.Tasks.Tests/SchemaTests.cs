using SystemJson = System.Text.Json.Nodes;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Shared.Baseline;
using Aeos.Shared.Json;
using Json.Schema;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests;

/// <summary>The published schemas and the readers/writers in code describe the same files.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema BaselineSchema = Load("aeos.baseline.schema.json");
    private static readonly JsonSchema RatchetSchema = Load("aeos.ratchet.schema.json");

    [Fact]
    public void WhatTheWritersWriteValidates()
    {
        var baseline = new BaselineDocument(new[]
        {
            new BaselineEntry("AEOS1003", "src/A.cs", "M:A.Run", "55", null, 0),
            new BaselineEntry("AEOS4005", "src/A.cs", "M:A.Go", null, "0123456789abcdef", 2),
            new BaselineEntry("AEOS1005", "<App>", string.Empty, "72.5", null, 0),
        }).Serialize();
        var ratchet = new RatchetDocument();
        ratchet.For("App").WarningsCeiling = 4;
        ratchet.For("App").Loops = 3;
        ratchet.For("Lib");
        ratchet.For("App.Tests").LineFloor = 62.4;
        ratchet.For("App.Tests").BranchFloor = 81.5;
        ratchet.For("App.Tests").CoverageAdopted = true;
        ratchet.For("App").SizeCeilings["App.dll"] = 18_432;
        ratchet.For("App").SizeCeilings["App.nupkg"] = 38_912;
        ratchet.For("App.Benchmarks").BenchmarkMedians["Parsing.ParseAll"] = 1024.32;

        AssertValid(BaselineSchema, baseline);
        AssertValid(RatchetSchema, ratchet.Serialize());
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\"}]}")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1, \"hash\": \"0123456789abcdef\"}]}")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AEOS1003\", \"file\": \"a.cs\", \"symbol\": \"\", \"hash\": \"XYZ\"}]}")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"CS0168\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1}]}")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"rule\": \"AEOS1003\", \"file\": \"\", \"symbol\": \"\", \"value\": 1}]}")]
    [InlineData("{\"schemaVersion\": 3, \"entries\": []}")]
    [InlineData("{\"schemaVersion\": 2, \"entries\": [{\"rule\": \"CS0168\", \"file\": \"a.cs\", \"symbol\": \"\", \"value\": 1}]}")]
    [InlineData("{\"schemaVersion\": 2, \"entries\": [{\"rule\": \"CS 0168\", \"file\": \"a.cs\", \"symbol\": \"\", \"hash\": \"0123456789abcdef\"}]}")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [], \"extra\": true}")]
    public void WhatTheBaselineReaderRefusesTheSchemaRefuses(string text)
    {
        Assert.Throws<JsonParseException>(() => BaselineDocument.Parse(text));
        Assert.False(BaselineSchema.Evaluate(SystemJson.JsonNode.Parse(text)).IsValid, text);
    }

    [Theory]
    [InlineData("{\"projects\": {}}")]
    [InlineData("{\"schemaVersion\": 1, \"loop\": 1}")]
    [InlineData("{\"schemaVersion\": 1, \"projects\": {\"App\": {\"ceiling\": 2}}}")]
    [InlineData("{\"schemaVersion\": 1, \"projects\": {\"App\": {\"warningsCeiling\": -1}}}")]
    [InlineData("{\"schemaVersion\": 1, \"projects\": {\"App\": {\"coverage\": {\"line\": 60, \"adopted\": \"yes\"}}}}")]
    public void WhatTheRatchetReaderRefusesTheSchemaRefuses(string text)
    {
        Assert.Throws<JsonParseException>(() => RatchetDocument.Parse(text));
        Assert.False(RatchetSchema.Evaluate(SystemJson.JsonNode.Parse(text)).IsValid, text);
    }

    private static void AssertValid(JsonSchema schema, string text)
    {
        var result = schema.Evaluate(SystemJson.JsonNode.Parse(text), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, text);
    }

    private static JsonSchema Load(string name) => RepositorySchemas.Get(name);
}
