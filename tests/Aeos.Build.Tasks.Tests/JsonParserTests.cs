using System.Linq;
using Aeos.Shared.Json;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class JsonParserTests
{
    [Fact]
    public void ParsesEveryKindOfValueWithPositions()
    {
        var root = (JsonObject)JsonParser.Parse("{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": \"x\\u0041\\n\"\n}");

        var array = (JsonArray)root["a"]!;
        Assert.Equal(new[] { JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.False, JsonKind.Null }, array.Items.Select(i => i.Kind));
        Assert.Equal(-2500d, ((JsonNumber)array.Items[1]).Value);
        Assert.Equal("xA\n", ((JsonString)root["b"]!).Value);
        Assert.Equal((2, 8), (array.Line, array.Column));
        Assert.Equal((3, 8), (root["b"]!.Line, root["b"]!.Column));
    }

    [Fact]
    public void KeepsPropertyOrderAndNumberText()
    {
        var root = (JsonObject)JsonParser.Parse("\uFEFF{\"z\": 1.50, \"a\": 12345678901234567890}");

        Assert.Equal(new[] { "z", "a" }, root.Properties.Select(p => p.Key));
        Assert.Equal("1.50", ((JsonNumber)root["z"]!).Text);
        Assert.False(((JsonNumber)root["a"]!).TryGetInt64(out _));
    }

    [Theory]
    [InlineData("", 1, 1, "unexpected end of text; a value was expected")]
    [InlineData("{\"a\": 1,}", 1, 9, "unexpected '}'; a property name in double quotes was expected")]
    [InlineData("{\"a\" 1}", 1, 6, "unexpected '1'; ':' was expected after property name \"a\"")]
    [InlineData("[1 2]", 1, 4, "unexpected '2'; ',' or ']' was expected")]
    [InlineData("{\n  \"a\": 1,\n  \"a\": 2\n}", 3, 3, "duplicate property \"a\"")]
    [InlineData("\"abc", 1, 5, "unterminated string")]
    [InlineData("\"a\\qb\"", 1, 3, "invalid escape sequence '\\q'")]
    [InlineData("\"\\u12G4\"", 1, 6, "invalid \\u escape; four hexadecimal digits were expected")]
    [InlineData("01", 1, 2, "unexpected '1' after the end of the JSON value")]
    [InlineData("-", 1, 2, "invalid number; a digit was expected")]
    [InlineData("1.", 1, 3, "invalid number; a digit was expected after '.'")]
    [InlineData("tru", 1, 1, "unexpected 't'; a value was expected")]
    [InlineData("{} x", 1, 4, "unexpected 'x' after the end of the JSON value")]
    public void ReportsLineColumnAndProblem(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(text));

        Assert.Equal((line, column, problem), (error.Line, error.Column, error.Problem));
        Assert.Equal("line " + line + ", column " + column + ": " + problem, error.Message);
    }

    [Fact]
    public void RefusesHostileNestingWithAnErrorNotACrash()
    {
        var error = Assert.Throws<JsonParseException>(() => JsonParser.Parse(new string('[', 10_000)));

        Assert.Equal("nesting deeper than 256 levels", error.Problem);
    }
}
