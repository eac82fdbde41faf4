using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Evidence;
using Aeos.Build.Tasks.Sarif;
using Microsoft.Build.Utilities;
using Aeos.Tests.Shared;

namespace Aeos.Build.Tasks.Tests.Evidence;

/// <summary>A consumer's root with a project's analysis log and summary, and the evidence task set up for it.</summary>
internal sealed class EvidenceFixture : System.IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public EvidenceFixture()
    {
        Directory.CreateDirectory(Path.Combine(Root, "src"));
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "App.dll"), "binary");
    }

    public string Root => _directory.Path;

    public string Artifacts => Path.Combine(Root, "artifacts");

    public string Output => Path.Combine(Root, "bin");

    public string Log => Path.Combine(Artifacts, "progress", "progress.log.jsonl");

    public RecordingBuildEngine Engine { get; private set; } = new();

    public string Source(string name) => Path.Combine(Root, "src", name);

    /// <summary>Writes the project's log (as CollectSarif leaves it in the evidence folder) and its summary.</summary>
    public void Analysis(string project, SarifBuilder sarif)
    {
        var text = sarif.Build();
        Directory.CreateDirectory(Path.Combine(Artifacts, "evidence"));
        File.WriteAllText(Path.Combine(Artifacts, "evidence", project + ".sarif"), text);
        File.WriteAllText(Path.Combine(Root, project + ".summary.json"), SarifReader.Summarize(text).ToJson());
    }

    public AeosEvidence Task(string project, string phase = "build")
    {
        Engine = new RecordingBuildEngine();
        return new AeosEvidence
        {
            BuildEngine = Engine,
            Phase = phase,
            ArtifactsPath = Artifacts,
            ProjectName = project,
            SummaryFile = Path.Combine(Root, project + ".summary.json"),
            EvidenceSarif = Path.Combine(Artifacts, "evidence", project + ".sarif"),
            BaselineFile = Path.Combine(Root, "aeos.baseline.json"),
            RatchetFile = Path.Combine(Root, "aeos.ratchet.json"),
            AssemblyName = project,
            CompileFiles = new[] { new TaskItem(Source("A.cs")) },
            OutputDirectory = Output,
            RootDirectory = Root,
            SchemaDirectory = RepositorySchemas.Directory,
            LoopId = "01ARYZ6S41TSV4RRFFQ69G5FAV",
            SdkVersion = "10.0.401",
            Deterministic = true,
        };
    }

    /// <summary>Every file of the bundle with its last write time and content, to tell what a run rewrote.</summary>
    public string[] Snapshot() =>
        Directory.GetFiles(Artifacts, "*", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(f => f + "|" + File.GetLastWriteTimeUtc(f).Ticks + "|" + File.ReadAllText(f).GetHashCode(System.StringComparison.Ordinal))
            .ToArray();

    public void Dispose() => _directory.Dispose();
}
