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
    public CommandResult Build(params string[] arguments) => BuildSolution("Aeos.Samples.sln", arguments);

    /// <summary>`dotnet build` of another solution of the samples, e.g. <c>Legacy/Legacy.sln</c>.</summary>
    public CommandResult BuildSolution(string relativeSolution, params string[] arguments)
    {
        var all = new[] { "build", Path.Combine(Directory, relativeSolution), "-nodeReuse:false", "-tl:off" };
        return DotnetCli.Run(Directory, [.. all, .. arguments]);
    }

    /// <summary>Any `dotnet` command in the samples folder, e.g. `dotnet test`.</summary>
    public CommandResult Dotnet(params string[] arguments) => DotnetCli.Run(Directory, [.. arguments, "-nodeReuse:false", "-tl:off"]);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    /// <summary>Writes the file, creating its folder when it does not exist yet.</summary>
    public void Write(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
