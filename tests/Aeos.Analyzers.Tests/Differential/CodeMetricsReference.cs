using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aeos.Analyzers.Tests.Differential;

/// <summary>One CA1501/CA1502 result: where it points and the value its message states.</summary>
internal sealed record ReferenceResult(string RuleId, string File, int Line, int Column, int Value);

/// <summary>
/// Runs the real reference: Microsoft's code-metrics analyzer (CA1501/CA1502) as shipped in the .NET SDK's
/// NetAnalyzers, through a <c>dotnet build</c> of the corpus with both thresholds at 0 (every member and every
/// derived class reports), and reads the values back from the SARIF error log. The SDK's analyzers are built
/// against a newer Roslyn than the 4.8 the tests run on, so they cannot be loaded in this process.
/// </summary>
internal static partial class CodeMetricsReference
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <OutputType>Exe</OutputType>
            <LangVersion>12</LangVersion>
            <Nullable>disable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <EnableNETAnalyzers>true</EnableNETAnalyzers>
            <AnalysisMode>None</AnalysisMode>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <ErrorLog>reference.sarif,version=2.1</ErrorLog>
          </PropertyGroup>
          <ItemGroup>
            <AdditionalFiles Include="CodeMetricsConfig.txt" />
          </ItemGroup>
        </Project>
        """;

    private const string EditorConfig = "root = true\n\n[*.cs]\ndotnet_diagnostic.CA1501.severity = warning\ndotnet_diagnostic.CA1502.severity = warning\n";

    /// <summary>Writes the corpus into a fresh folder, builds it and returns every CA1501/CA1502 result.</summary>
    public static IReadOnlyList<ReferenceResult> Run(IEnumerable<(string Name, string Text)> sources)
    {
        var folder = Path.Combine(Path.GetTempPath(), "aeos-differential-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, text) in sources)
            {
                File.WriteAllText(Path.Combine(folder, name), text);
            }

            File.WriteAllText(Path.Combine(folder, "Corpus.csproj"), Project);
            File.WriteAllText(Path.Combine(folder, ".editorconfig"), EditorConfig);
            File.WriteAllText(Path.Combine(folder, "CodeMetricsConfig.txt"), "CA1501: 0\nCA1502: 0\n");
            Build(folder);
            return ReadSarif(Path.Combine(folder, "reference.sarif"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Build(string folder)
    {
        // No build servers (nothing left running after the test), and no Directory.Build.* from above the temp folder.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "build", "Corpus.csproj", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryBuildTargets=false", "-p:ImportDirectoryPackagesProps=false",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key); // the test host's MSBuild settings must not leak into the reference build
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("The reference build of the corpus failed:\n" + output.Result + error);
        }
    }

    private static List<ReferenceResult> ReadSarif(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<ReferenceResult>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            if (ruleId is not ("CA1501" or "CA1502"))
            {
                continue;
            }

            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var region = location.GetProperty("region");
            var message = result.GetProperty("message").GetProperty("text").GetString()!;
            results.Add(new ReferenceResult(
                ruleId,
                Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath),
                region.GetProperty("startLine").GetInt32(),
                region.GetProperty("startColumn").GetInt32(),
                int.Parse(ValueInMessage().Match(message).Groups["value"].Value, CultureInfo.InvariantCulture)));
        }

        return results;
    }

    /// <summary>"… has a cyclomatic complexity of '3'. …" and "… has an object hierarchy '2' levels deep …".</summary>
    [GeneratedRegex(@"(?:cyclomatic complexity of|object hierarchy) '(?<value>\d+)'")]
    private static partial Regex ValueInMessage();
}
