using System.IO;
using Aeos.Build.Tasks.Licenses;
using Aeos.Shared.Json;
using Json.Schema;
using Xunit;
using SystemJson = System.Text.Json.Nodes;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests;

public sealed class LicensePolicyTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Combine("schemas", "aeos.licenses.schema.json")));

    private const string Valid = """
        {
          "schemaVersion": 1,
          "allowed": ["MIT", "LGPL-2.1-only"],
          "denied": ["GPL-3.0-only"],
          "exceptions": [
            { "package": "Legacy.Lib", "version": "1.2.3", "reason": "Bought a commercial licence in 2024" },
            { "package": "Any.Version", "reason": "Used by the build only" }
          ]
        }
        """;

    [Fact]
    public void ListsGivenReplaceTheDefaultsAndExceptionsMatchIdAndOptionalVersion()
    {
        var policy = LicensePolicy.Parse(Valid);

        Assert.Equal(LicenseVerdict.Allowed, policy.Judge("LGPL-2.1-only", null));
        Assert.Equal(LicenseVerdict.Flagged, policy.Judge("Apache-2.0", null));
        Assert.Equal(LicenseVerdict.Denied, policy.Judge("GPL-3.0-only", null));
        Assert.True(policy.Exceptions[0].Matches("legacy.lib", "1.2.3"));
        Assert.False(policy.Exceptions[0].Matches("Legacy.Lib", "1.2.4"));
        Assert.True(policy.Exceptions[1].Matches("Any.Version", "9.0.0"));
        Assert.True(Schema.Evaluate(SystemJson.JsonNode.Parse(Valid)).IsValid);
    }

    [Fact]
    public void TheExamplePolicyInTheDocsIsValidAndMeansWhatTheReadmeSays()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("docs", "examples", "aeos.licenses.json"));
        var policy = LicensePolicy.Parse(text);

        Assert.True(Schema.Evaluate(SystemJson.JsonNode.Parse(text)).IsValid);
        Assert.Equal(LicenseVerdict.Allowed, policy.Judge("LGPL-2.1-only", null));
        Assert.Equal(LicenseVerdict.Allowed, policy.Judge("Apache-2.0", "LLVM-exception"));
        Assert.Equal(LicenseVerdict.Denied, policy.Judge("GPL-3.0-only", null));
        Assert.Equal(LicenseVerdict.Flagged, policy.Judge("MPL-2.0", null));
        Assert.True(policy.Exceptions[0].Matches("Contoso.Reporting", "4.2.0"));
        Assert.False(policy.Exceptions[0].Matches("Contoso.Reporting", "5.0.0"));
        Assert.True(policy.Exceptions[1].Matches("contoso.internal.logging", "1.0.0"));
    }

    [Fact]
    public void WithoutListsTheDefaultsApply()
    {
        var policy = LicensePolicy.Parse("{ \"schemaVersion\": 1 }");

        Assert.Equal(LicenseVerdict.Allowed, policy.Judge("Apache-2.0", null));
        Assert.Equal(LicenseVerdict.Flagged, policy.Judge("GPL-3.0-only", null));
        Assert.Empty(policy.Exceptions);
    }

    [Theory]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"allow\": []\n}", 3, 12)]
    [InlineData("{\n  \"schemaVersion\": 2\n}", 2, 20)]
    [InlineData("{\n  \"allowed\": []\n}", 1, 1)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"allowed\": [\"MIT\", \"MIT OR Apache-2.0\"]\n}", 3, 22)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"denied\": \"GPL-3.0-only\"\n}", 3, 13)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"exceptions\": [{ \"package\": \"A\" }]\n}", 3, 18)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"exceptions\": [{ \"package\": \"\", \"reason\": \"r\" }]\n}", 3, 31)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"exceptions\": [{ \"package\": \"A\", \"reason\": \"r\", \"licence\": \"MIT\" }]\n}", 3, 62)]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"allowed\": [\"AND\"]\n}", 3, 15)]
    public void WhatTheReaderRefusesItLocatesAndTheSchemaRefuses(string text, int line, int column)
    {
        var error = Assert.Throws<JsonParseException>(() => LicensePolicy.Parse(text));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.False(Schema.Evaluate(SystemJson.JsonNode.Parse(text)).IsValid, text);
    }

    [Fact]
    public void TextThatIsNoJsonIsLocatedToo()
    {
        var error = Assert.Throws<JsonParseException>(() => LicensePolicy.Parse("{\n  \"schemaVersion\": 1,\n  \"allowed\": [\"MIT\",]\n}"));

        Assert.Equal((3, 21), (error.Line, error.Column));
    }
}
