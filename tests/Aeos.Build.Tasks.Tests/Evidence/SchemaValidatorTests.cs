using System;
using System.IO;
using Aeos.Build.Tasks.Evidence;
using Aeos.Shared.Json;
using Xunit;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests.Evidence;

/// <summary>Aeos's own validator, which the build runs before it writes, agrees with a complete JSON Schema implementation.</summary>
public sealed class SchemaValidatorTests
{
    private const string Entry = "{\"timestamp\":\"2026-12-01T10:00:00.000Z\",\"loop_id\":\"01ARYZ6S41TSV4RRFFQ69G5FAV\",\"area\":\"build:App\",\"assumptions\":[],\"actions\":[\"built App\"],"
        + "\"metrics_before\":{},\"metrics_after\":{\"errors\":0,\"coverage\":0.85},\"contracts\":{\"breaking\":false,\"validated\":true},\"gates_added\":[],\"artifacts\":[\"artifacts/evidence/App.sarif\"],"
        + "\"next_steps\":[\"none\"],\"risks\":[\"none\"],\"rollbacks\":[\"n/a\"]}";

    [Theory]
    [InlineData(Entry, true)]
    [InlineData("{\"timestamp\":\"2026-12-01 10:00\"," + "\"loop_id\":\"01ARYZ6S41TSV4RRFFQ69G5FAV\"}", false)]
    public void EntriesAreJudgedAlike(string json, bool valid) => AssertAgree("aeos.progress.schema.json", json, valid);

    [Theory]
    [InlineData("\"loop_id\":\"01ARYZ6S41TSV4RRFFQ69G5FAV\"", "\"loop_id\":\"not-a-ulid\"")]
    [InlineData("\"area\":\"build:App\"", "\"area\":\"\"")]
    [InlineData("\"errors\":0", "\"errors\":-1")]
    [InlineData("\"errors\":0", "\"errors\":\"none\"")]
    [InlineData("\"breaking\":false,", "")]
    [InlineData("\"rollbacks\":[\"n/a\"]", "\"rollbacks\":[\"n/a\"],\"extra\":1")]
    [InlineData("\"actions\":[\"built App\"]", "\"actions\":[1]")]
    [InlineData("\"actions\":[\"built App\"]", "\"actions\":\"built App\"")]
    [InlineData("\"timestamp\":\"2026-12-01T10:00:00.000Z\",", "")]
    public void EveryBrokenFieldIsRefusedByBoth(string part, string replacement)
    {
        var json = Entry.Replace(part, replacement, StringComparison.Ordinal);
        Assert.NotEqual(Entry, json);
        AssertAgree("aeos.progress.schema.json", json, valid: false);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":1,\"project\":\"App\",\"metrics\":{\"errors\":1},\"gates\":[\"warnings <= 2\"],\"rules\":{\"AEOS1001\":1},\"worst\":[{\"symbol\":\"M:A.B\",\"file\":\"a.cs\",\"line\":3,\"baselined\":false,\"metrics\":{\"AEOS1001\":{\"value\":12,\"limit\":10}}}]}", true)]
    [InlineData("{\"schemaVersion\":2,\"project\":\"App\",\"metrics\":{},\"gates\":[],\"rules\":{},\"worst\":[]}", false)]
    [InlineData("{\"schemaVersion\":1,\"project\":\"App\",\"metrics\":{},\"gates\":[],\"rules\":{\"AEOS1001\":1.5},\"worst\":[]}", false)]
    [InlineData("{\"schemaVersion\":1,\"project\":\"App\",\"metrics\":{},\"gates\":[],\"rules\":{},\"worst\":[{\"symbol\":\"M:A.B\",\"file\":\"a.cs\",\"line\":3,\"baselined\":false,\"metrics\":{\"AEOS1001\":{\"value\":12}}}]}", false)]
    public void RecordsAreJudgedAlike(string json, bool valid) => AssertAgree("aeos.metrics.schema.json", json, valid);

    [Fact]
    public void ASchemaKeywordTheValidatorDoesNotKnowIsRefusedNotIgnored()
    {
        var validator = new SchemaValidator((JsonObject)JsonParser.Parse("{\"type\":\"object\",\"oneOf\":[]}"));

        Assert.Throws<NotSupportedException>(() => validator.Validate(JsonParser.Parse("{}")));
    }

    [Fact]
    public void TheProblemNamesWhereAndWhat()
    {
        var problems = Validator("aeos.progress.schema.json").Validate(JsonParser.Parse(Entry.Replace("\"errors\":0", "\"errors\":-1", StringComparison.Ordinal)));

        Assert.Equal("/metrics_after/errors: -1 is below the minimum 0", Assert.Single(problems));
    }

    private static void AssertAgree(string schema, string json, bool valid)
    {
        Assert.Equal(valid, RepositorySchemas.IsValid(schema, json));
        Assert.Equal(valid, Validator(schema).Validate(JsonParser.Parse(json)).Count == 0);
    }

    internal static SchemaValidator Validator(string schema) =>
        new((JsonObject)JsonParser.Parse(File.ReadAllText(Path.Combine(RepositorySchemas.Directory, schema))));
}
