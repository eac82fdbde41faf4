using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Text.Json;
using Xunit;

namespace Aeos.EndToEnd.Tests;

/// <summary>AeosBaselineAll under parallel builds, multi-targeting and a project's own ErrorLog.</summary>
public sealed partial class BaselineAllTests
{
    /// <summary>
    /// Parallel accept builds of one solution (`dotnet build -m:8`, each after deleting the baseline, so all 8
    /// projects write it at once), 20 times as issue 13 asks. Measured on the 2-core development machine: one run
    /// takes about 10 s when the machine is idle; 20 runs passed in 14 min 49 s while other builds shared it (load
    /// average about 45).
    /// </summary>
    private const int ParallelRuns = 20;

    private const int Projects = 8;

    [Fact]
    public void EightProjectsSharingOneBaselineLoseAndDuplicateNoEntryOverRepeatedParallelAccepts()
    {
        var consumer = _fixture.CreateConsumer("all-parallel");
        var names = Enumerable.Range(1, Projects).Select(i => "Part" + i).ToArray();
        foreach (var name in names)
        {
            consumer.Write("Many/" + name + "/" + name + ".csproj", TinyProject(string.Empty, "net10.0"));
            consumer.Write("Many/" + name + "/Part.cs", TinyCode(name));
        }

        consumer.Write("Many/Many.slnx", "<Solution>\n" + string.Concat(names.Select(n => "  <Project Path=\"" + n + "/" + n + ".csproj\" />\n")) + "</Solution>\n");

        var clock = Stopwatch.StartNew();
        for (var run = 0; run < ParallelRuns; run++)
        {
            consumer.Delete("Many/aeos.baseline.json");
            var restore = run == 0 ? Array.Empty<string>() : new[] { "--no-restore" };
            var accept = consumer.BuildSolution("Many/Many.slnx", [.. restore, "-m:8", All, Accept]);
            Assert.True(accept.ExitCode == 0, "run " + run + ": " + accept);

            var entries = Entries(consumer, "Many/aeos.baseline.json");
            Assert.Equal(names.Select(n => "CS0168 " + n + "/Part.cs").Order(StringComparer.Ordinal), entries.Where(e => e.StartsWith("CS0168", StringComparison.Ordinal)));
            Assert.Equal(Projects * 2, entries.Length); // CS0168 and AEOS2003 of each project's unused local, once each
        }

        Console.WriteLine("AeosBaselineAll: " + ParallelRuns + " parallel accept builds of " + Projects + " projects took " + clock.Elapsed);
        var gate = consumer.BuildSolution("Many/Many.slnx", "--no-restore", "-m:8", All);
        Assert.True(gate.ExitCode == 0, gate.ToString());
    }

    [Fact]
    public void EachTargetFrameworkHasItsOwnLogAndAProjectsOwnErrorLogIsJudged()
    {
        var consumer = _fixture.CreateConsumer("all-multi");
        const string project = "Multi/Part/Part.csproj";
        consumer.Write(project, TinyProject("<ErrorLog>own.$(TargetFramework).sarif,version=2.1</ErrorLog>", "net10.0;net10.0-browser", multi: true));
        consumer.Write("Multi/Part/Part.cs", TinyCode("Part"));

        var accept = consumer.Dotnet("build", Path.Combine(consumer.Directory, project), All, Accept);
        Assert.True(accept.ExitCode == 0, accept.ToString());
        Assert.Equal(2, Regex.Count(accept.Output, "Aeos baseline: accepted"));
        // Built alone, the project finds the samples' solution above it: the baseline goes beside that.
        Assert.Equal(new[] { "AEOS2003 Multi/Part/Part.cs", "CS0168 Multi/Part/Part.cs" }, Entries(consumer, "aeos.baseline.json"));
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "Multi/Part/own.net10.0-browser.sarif")));

        consumer.Write("Multi/Part/Extra.cs", "namespace Part;\n\n/// <summary>Extra.</summary>\npublic static class Extra\n{\n    /// <summary>Rate.</summary>\n    /// <returns>One.</returns>\n    public static int Rate()\n    {\n        return 1;\n        return 2;\n    }\n}\n");
        var added = consumer.Dotnet("build", Path.Combine(consumer.Directory, project), All);
        Assert.True(added.ExitCode != 0, added.ToString());
        Assert.Equal(new[] { "Extra.cs(11,9): CS0162" }, NewWarnings(added));
        Assert.Equal(2, Regex.Count(added.Output, @"1 new warning\(s\) in Part, 1 of them error\(s\)"));
    }

    /// <summary>The baseline's entries as "rule file", sorted.</summary>
    private static string[] Entries(Consumer consumer, string baseline)
    {
        using var document = JsonDocument.Parse(consumer.Read(baseline));
        return document.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => e.GetProperty("rule").GetString() + " " + e.GetProperty("file").GetString())
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static string TinyProject(string extra, string frameworks, bool multi = false) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <{(multi ? "TargetFrameworks" : "TargetFramework")}>{frameworks}</{(multi ? "TargetFrameworks" : "TargetFramework")}>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <AeosEvidence>false</AeosEvidence>
            <AeosSbom>false</AeosSbom>
            <AeosApiContract>false</AeosApiContract>
            {extra}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Aeos.Analyzers" />
          </ItemGroup>
        </Project>
        """;

    private static string TinyCode(string name) => $$"""
        namespace {{name}};

        /// <summary>A part.</summary>
        public static class Part
        {
            /// <summary>Runs.</summary>
            /// <returns>One.</returns>
            public static int Run()
            {
                int unused;
                return 1;
            }
        }

        """;
}
