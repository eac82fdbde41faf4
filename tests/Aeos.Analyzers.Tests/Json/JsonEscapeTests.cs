using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Analyzers.Tests.Json;

/// <summary>String escapes of the shared JSON reader and writer, both ways.</summary>
public sealed class JsonEscapeTests
{
    [Theory]
    [InlineData("\"\\\"\"", "\"")]
    [InlineData("\"\\\\\"", "\\")]
    [InlineData("\"\\/\"", "/")]
    [InlineData("\"a\\b\\f\\n\\r\\tz\"", "a\b\f\n\r\tz")]
    [InlineData("\"\\u0041\\u00e9\"", "Aé")]
    public void ParsesEveryEscape(string json, string expected)
    {
        var node = Assert.IsType<JsonString>(JsonParser.Parse(json));

        Assert.Equal(expected, node.Value);
    }

    [Theory]
    [InlineData("\"\\x\"")]
    [InlineData("\"\\")]
    [InlineData("\"\\u12\"")]
    [InlineData("x")]
    public void RejectsInvalidEscapesAndValues(string json)
    {
        Assert.Throws<JsonParseException>(() => JsonParser.Parse(json));
    }

    [Fact]
    public void ParsesNumbers()
    {
        Assert.IsType<JsonNumber>(JsonParser.Parse("-12.5e3"));
    }

    [Fact]
    public void WritesEscapesThatReadBackToTheSameText()
    {
        const string text = "quote\" backslash\\ slash/ \b\f\n\r\t \u0001 é";
        var json = new JsonWriter().String(text).ToString();

        Assert.Equal("\"quote\\\" backslash\\\\ slash/ \\b\\f\\n\\r\\t \\u0001 é\"", json);
        Assert.Equal(text, Assert.IsType<JsonString>(JsonParser.Parse(json)).Value);
    }
}
