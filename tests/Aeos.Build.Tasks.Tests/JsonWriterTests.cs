using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class JsonWriterTests
{
    [Fact]
    public void WritesIndentedDeterministicDocument()
    {
        var text = new JsonWriter().StartObject()
            .Property("name", "a\"b\\c\n\u0001")
            .Property("count", 3)
            .Property("ok", true)
            .PropertyName("empty").StartArray().EndArray()
            .PropertyName("list").StartArray().Number(1).Null().EndArray()
            .EndObject().ToDocument();

        const string expected = "{\n  \"name\": \"a\\\"b\\\\c\\n\\u0001\",\n  \"count\": 3,\n  \"ok\": true,\n  \"empty\": [],\n  \"list\": [\n    1,\n    null\n  ]\n}\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void WhatItWritesTheParserReadsBack()
    {
        var text = new JsonWriter().StartObject().Property("s", "tab\there \u00e9").PropertyName("n").Number(0.1).EndObject().ToDocument();

        var root = (JsonObject)JsonParser.Parse(text);
        Assert.Equal("tab\there \u00e9", ((JsonString)root["s"]!).Value);
        Assert.Equal(0.1, ((JsonNumber)root["n"]!).Value);
    }
}
