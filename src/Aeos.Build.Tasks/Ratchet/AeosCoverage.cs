using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Ratchet;

/// <summary>
/// After <c>dotnet test</c> with coverage collected (Cobertura, e.g. coverlet's "XPlat Code Coverage"):
/// fails the test run when line or branch coverage is below the floor in force (AEOS9101); with
/// <see cref="Update"/>, raises the recorded floors (a loop) and warns when a loop under 90 % missed its
/// +2 target (AEOS9102); with <see cref="Accept"/>, records the measured coverage as the floors (an
/// adoption when it is below 80 %). A test run without a report skips the gate with a warning (AEOS9103).
/// Each test project has its own floors, keyed by its project name.
/// </summary>
public sealed class AeosCoverage : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Candidate Cobertura reports; the newest written since <see cref="NotBeforeTicks"/> is used.</summary>
    public ITaskItem[] Reports { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>When this test run started (UTC ticks): older reports belong to earlier runs.</summary>
    public long NotBeforeTicks { get; set; }

    /// <summary><c>aeos.ratchet.json</c>; it need not exist.</summary>
    [Required]
    public string RatchetFile { get; set; } = string.Empty;

    /// <summary>The test project whose floors apply.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The test project's file, where a skipped gate is reported; the task's own position when empty.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>A ratchet loop: raise the recorded floors.</summary>
    public bool Update { get; set; }

    /// <summary>The accept step: record the measured coverage as the floors, also below 80 % (adoption).</summary>
    public bool Accept { get; set; }

    /// <summary>The floors this run raised or accepted, for the progress log.</summary>
    [Output]
    public string[] Moves => _moves.ToArray();

    /// <summary>The measured line coverage in percent (one decimal); empty when no report was found.</summary>
    [Output]
    public string LineCoverage { get; private set; } = string.Empty;

    /// <summary>The measured branch coverage in percent (one decimal); empty when no report was found.</summary>
    [Output]
    public string BranchCoverage { get; private set; } = string.Empty;

    /// <summary>The Cobertura report that was judged.</summary>
    [Output]
    public string UsedReport { get; private set; } = string.Empty;

    private readonly List<string> _moves = new();

    public override bool Execute()
    {
        var report = NewestReport();
        if (report is null)
        {
            Log.LogWarning(null, ErrorCodes.CoverageSkipped, null, ProjectFile, 0, 0, 0, 0,
                "The coverage gate of {0} was skipped: this test run wrote no Cobertura report{1}. Run: dotnet test --collect \"XPlat Code Coverage\".",
                ProjectName, Accept || Update ? ", so nothing was recorded in " + Path.GetFileName(RatchetFile) : string.Empty);
            return true;
        }

        if (!TryReadCoverage(report.FullName, out var line, out var branch))
        {
            return false;
        }

        LineCoverage = Format(line);
        BranchCoverage = Format(branch);
        UsedReport = report.FullName;
        using var fileLock = FileLock.Acquire(RatchetFile, LockTimeout);
        if (!TryReadRatchet(out var ratchet))
        {
            return false;
        }

        var project = ratchet.For(ProjectName);
        Log.LogMessage(MessageImportance.High, "Aeos: coverage of {0}: line {1} % (floor {2} %), branch {3} % (floor {4} %) \u2014 {5}",
            ProjectName, Format(line), Format(project.LineFloorInForce), Format(branch), Format(project.BranchFloorInForce), report.FullName);
        if (Accept)
        {
            AcceptFloors(project, line, branch);
        }
        else
        {
            if (Judge(project, line, branch, report.FullName) || !Update)
            {
                return !Log.HasLoggedErrors;
            }

            project.LineFloor = Raise("line", line, project.LineFloor, project.CoverageAdopted);
            project.BranchFloor = Raise("branch", branch, project.BranchFloor, project.CoverageAdopted);
            project.Loops++;
        }

        AtomicFile.WriteIfChanged(RatchetFile, Encoding.UTF8.GetBytes(ratchet.Serialize()));
        return !Log.HasLoggedErrors;
    }

    /// <summary>The newest candidate report written by this test run; null when there is none.</summary>
    private FileInfo? NewestReport() => Reports
        .Select(r => new FileInfo(r.GetMetadata("FullPath")))
        .Where(f => f.Exists && f.LastWriteTimeUtc.Ticks >= NotBeforeTicks)
        .OrderByDescending(f => f.LastWriteTimeUtc)
        .FirstOrDefault();

    /// <summary>Reports each kind of coverage below its floor in force (AEOS9101); true when one is.</summary>
    private bool Judge(ProjectRatchet project, double line, double branch, string report)
    {
        var belowLine = Below("Line", line, project.LineFloorInForce, project.CoverageAdopted && CoverageFloor.BelowMinimum(project.LineFloor), report);
        var belowBranch = Below("Branch", branch, project.BranchFloorInForce, project.CoverageAdopted && CoverageFloor.BelowMinimum(project.BranchFloor), report);
        return belowLine || belowBranch;
    }

    private bool Below(string kind, double measured, double floor, bool adopted, string report)
    {
        if (measured >= floor)
        {
            return false;
        }

        var why = adopted
            ? "adopted below " + Format(CoverageFloor.Minimum) + " % by the accept step; it only rises"
            : "the floor is never below " + Format(CoverageFloor.Minimum) + " %";
        Log.LogError(null, ErrorCodes.CoverageBelowFloor, null, report, 0, 0, 0, 0,
            "{0} coverage of {1} is {2} %, below its floor of {3} % ({4}; {5}).",
            kind, ProjectName, Format(measured), Format(floor), Path.GetFileName(RatchetFile), why);
        return true;
    }

    /// <summary>The accept step: today's coverage becomes the floors, adopted when one is below 80 %.</summary>
    private void AcceptFloors(ProjectRatchet project, double line, double branch)
    {
        var move = string.Format(CultureInfo.InvariantCulture, "accepted the coverage of {0} as its floors: line {1} \u2192 {2} %, branch {3} \u2192 {4} %",
            ProjectName, Recorded(project.LineFloor), Format(line), Recorded(project.BranchFloor), Format(branch));
        project.LineFloor = line;
        project.BranchFloor = branch;
        project.CoverageAdopted = CoverageFloor.BelowMinimum(line) || CoverageFloor.BelowMinimum(branch);
        _moves.Add(move);
        Log.LogMessage(MessageImportance.High, "Aeos baseline: {0} ({1}){2}.", move, RatchetFile, project.CoverageAdopted
            ? "; adopted below " + Format(CoverageFloor.Minimum) + " %: later test runs fail only below these floors, and each -p:AeosRatchetUpdate=true loop raises them by at most " + CoverageFloor.Step.ToString("0.#", CultureInfo.InvariantCulture) + " points"
            : string.Empty);
    }

    private double Raise(string kind, double measured, double? recorded, bool adopted)
    {
        var next = CoverageFloor.Next(recorded, measured, adopted);
        if (CoverageFloor.MissedTarget(recorded, measured, adopted))
        {
            Log.LogWarning(null, ErrorCodes.CoverageTargetMissed, null, RatchetFile, 0, 0, 0, 0,
                "This loop's {0} coverage target for {1} was {2} %; measured {3} %. Add tests to reach it in the next loop.",
                kind, ProjectName, Format(Math.Round(CoverageFloor.InForce(recorded, adopted) + CoverageFloor.Step, 1)), Format(measured));
        }

        if (recorded is null || next > recorded.Value)
        {
            var move = string.Format(CultureInfo.InvariantCulture, "{0} coverage floor of {1}: {2} \u2192 {3} %", kind, ProjectName, Recorded(recorded), Format(next));
            _moves.Add(move);
            Log.LogMessage(MessageImportance.High, "Aeos ratchet: " + move);
        }

        return next;
    }

    private bool TryReadCoverage(string path, out double line, out double branch)
    {
        line = branch = 0;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            var position = (IXmlLineInfo)reader;
            try
            {
                if (reader.LocalName != "coverage")
                {
                    throw new FormatException("its root element is <" + reader.LocalName + ">, not <coverage>");
                }

                line = CoverageFloor.Percent(Rate(reader, "line-rate"));
                branch = CoverageFloor.Percent(Rate(reader, "branch-rate"));
                return true;
            }
            catch (FormatException e)
            {
                Log.LogError(null, ErrorCodes.InvalidFile, null, path, position.LineNumber, position.LinePosition, 0, 0, "'{0}' is not a Cobertura report: {1}.", path, e.Message);
            }
        }
        catch (XmlException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, path, e.LineNumber, e.LinePosition, 0, 0, "'{0}' cannot be read as a Cobertura report: {1}", path, e.Message);
        }

        return false;
    }

    private static double Rate(XmlReader reader, string attribute)
    {
        var text = reader.GetAttribute(attribute);
        if (text is null || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate < 0 || rate > 1)
        {
            throw new FormatException("<coverage> needs a " + attribute + " from 0 to 1" + (text is null ? string.Empty : ", not '" + text + "'"));
        }

        return rate;
    }

    private bool TryReadRatchet(out RatchetDocument ratchet)
    {
        ratchet = new RatchetDocument();
        if (!File.Exists(RatchetFile))
        {
            return true;
        }

        try
        {
            ratchet = RatchetDocument.Parse(File.ReadAllText(RatchetFile));
            return true;
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, RatchetFile, e.Line, e.Column, 0, 0,
                "'{0}' is not a valid Aeos file: {1}. It was left unchanged; correct it or restore it from version control.", RatchetFile, e.Problem);
            return false;
        }
    }

    private static string Recorded(double? floor) => floor is { } value ? Format(value) : "none";

    private static string Format(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);
}
