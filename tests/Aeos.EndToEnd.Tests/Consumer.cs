using System.IO;

namespace Aeos.EndToEnd.Tests;

/// <summary>A copy of the sample solution that consumes the packed package.</summary>
public sealed class Consumer
{
    public Consumer(string directory)
    {
        Directory = directory;
    }

    public string Directory { get; }

    public string ProjectDirectory => Path.Combine(Directory, "Aeos.Sample");

    public string EvidenceSarif => Path.Combine(Directory, "artifacts", "evidence", "Aeos.Sample.sarif");

    /// <summary>`dotnet build` of the sample solution, as a user runs it, plus any extra arguments.</summary>
    public CommandResult Build(params string[] arguments)
    {
        var all = new[] { "build", Path.Combine(Directory, "Aeos.Samples.sln"), "-nodeReuse:false", "-tl:off" };
        return DotnetCli.Run(Directory, [.. all, .. arguments]);
    }

    public void Write(string relativePath, string content) => File.WriteAllText(Path.Combine(Directory, relativePath), content);
}
