using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>The real `dotnet format` applies the unused-code fixes of the packed package to a consumer.</summary>
[Collection(PackedPackageGroup.Name)]
public sealed class DotnetFormatTests
{
    private const string Leftovers = """
        using System.Globalization;
        using System.Text;

        namespace Aeos.Sample;

        /// <summary>Code with leftovers for `dotnet format` to clean up.</summary>
        public static class Leftovers
        {
            private static int _unusedCounter;

            /// <summary>Doubles a number.</summary>
            public static int Twice(int value)
            {
                var unused = value + 1;
                return value * 2;
            }

            private static string Describe() => "never called";
        }
        """;

    private static readonly string[] Rules = { "AEOS2001", "AEOS2002", "AEOS2003" };

    /// <summary>The other unused-code rules: the sample itself must stay clean of them (other tests count its violations).</summary>
    private static readonly string[] OtherRules = { "AEOS2004", "AEOS2005" };

    private readonly PackageFixture _fixture;

    public DotnetFormatTests(PackageFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public void DotnetFormatRemovesUnusedCodeAndTheSampleStillBuildsAndRuns()
    {
        var consumer = _fixture.CreateConsumer("format");
        var file = Path.Combine(consumer.ProjectDirectory, "Leftovers.cs");
        File.WriteAllText(file, Leftovers);
        var before = consumer.Build();
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.Empty(Results(consumer, OtherRules));
        var reported = Results(consumer, Rules);
        Assert.All(Rules, rule => Assert.Contains(reported, result => result.Rule == rule));
        Assert.All(reported, result => Assert.EndsWith("Leftovers.cs", result.File, StringComparison.Ordinal));

        var format = DotnetCli.Run(consumer.Directory, ["format", "analyzers", Path.Combine(consumer.Directory, "Aeos.Samples.sln"), "--diagnostics", .. Rules, "--severity", "info"]);

        Assert.True(format.ExitCode == 0, format.ToString());
        var after = consumer.Build();
        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.Empty(Results(consumer, Rules));
        var text = File.ReadAllText(file);
        Assert.DoesNotContain("using System.Text;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("_unusedCounter", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Describe", text, StringComparison.Ordinal);
        Assert.DoesNotContain("var unused", text, StringComparison.Ordinal);
        Assert.Contains("return value * 2;", text, StringComparison.Ordinal);
        var run = DotnetCli.Run(consumer.Directory, "run", "--no-build", "--project", consumer.ProjectDirectory);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void DotnetFormatReplacesOnlyTheWeakHashesThatStayInTheirFunction()
    {
        var consumer = _fixture.CreateConsumer("format-hash");
        var file = Path.Combine(consumer.ProjectDirectory, "Hashes.cs");
        File.WriteAllText(file, Hashes);

        // The first AEOS3004 of the file has no fix (the hash is returned); dotnet format starts Fix All from it.
        var format = DotnetCli.Run(consumer.Directory, ["format", "analyzers", Path.Combine(consumer.Directory, "Aeos.Samples.sln"), "--diagnostics", "AEOS3004", "--severity", "info"]);

        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotContain("Fix All action", format.Output, StringComparison.Ordinal);
        var text = File.ReadAllText(file);
        Assert.Contains("public static byte[] Stored(byte[] data) => MD5.HashData(data);", text, StringComparison.Ordinal);
        Assert.Contains("Convert.ToHexString(SHA256.HashData(data))", text, StringComparison.Ordinal);
        Assert.Contains("using SHA256 sha = SHA256.Create();", text, StringComparison.Ordinal);
        var after = consumer.Build();
        Assert.True(after.ExitCode == 0, after.ToString());
    }

    private const string Hashes = """
        using System;
        using System.Security.Cryptography;

        namespace Aeos.Sample;

        /// <summary>Hashes: one leaves its function, two stay in theirs.</summary>
        public static class Hashes
        {
            /// <summary>A hash that is returned: changing its algorithm would change stored data.</summary>
            public static byte[] Stored(byte[] data) => MD5.HashData(data);

            /// <summary>Prints a checksum.</summary>
            public static void Print(byte[] data)
            {
                Console.WriteLine(Convert.ToHexString(MD5.HashData(data)));
            }

            /// <summary>Prints a checksum of a stream.</summary>
            public static void PrintStream(System.IO.Stream stream)
            {
                using SHA1 sha = SHA1.Create();
                Console.WriteLine(BitConverter.ToString(sha.ComputeHash(stream)));
            }
        }
        """;

    /// <summary>The results of <paramref name="rules"/> in the evidence SARIF log, whatever their severity.</summary>
    private static (string Rule, string File)[] Results(Consumer consumer, string[] rules)
    {
        using var sarif = JsonDocument.Parse(File.ReadAllText(consumer.EvidenceSarif));
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => rules.Contains(r.GetProperty("ruleId").GetString()))
            .Select(r => (Rule: r.GetProperty("ruleId").GetString()!, File: r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() ?? string.Empty))
            .ToArray();
    }
}
