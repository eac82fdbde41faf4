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
/// +2 target (AEOS9102). Each test project has its own floors, keyed by its project name.
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

    /// <summary>A ratchet loop: raise the recorded floors.</summary>
    public bool Update { get; set; }

    /// <summary>The floors this run raised, for the progress log.</summary>
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
        var report = Reports
            .Select(r => new FileInfo(r.GetMetadata("FullPath")))
            .Where(f => f.Exists && f.LastWriteTimeUtc.Ticks >= NotBeforeTicks)
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .FirstOrDefault();
        if (report is null)
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos: no coverage report from this test run of {0}; collect one with: dotnet test --collect \"XPlat Code Coverage\".", ProjectName);
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
            ProjectName, Format(line), Format(CoverageFloor.InForce(project.LineFloor)), Format(branch), Format(CoverageFloor.InForce(project.BranchFloor)), report.FullName);
        var belowLine = Judge("Line", line, project.LineFloor, report.FullName);
        var belowBranch = Judge("Branch", branch, project.BranchFloor, report.FullName);
        if (Update && !belowLine && !belowBranch)
        {
            project.LineFloor = Raise("line", line, project.LineFloor);
            project.BranchFloor = Raise("branch", branch, project.BranchFloor);
            project.Loops++;
            AtomicFile.WriteIfChanged(RatchetFile, Encoding.UTF8.GetBytes(ratchet.Serialize()));
        }

        return !Log.HasLoggedErrors;
    }

    private bool Judge(string kind, double measured, double? recorded, string report)
    {
        var floor = CoverageFloor.InForce(recorded);
        if (measured >= floor)
        {
            return false;
        }

        Log.LogError(null, ErrorCodes.CoverageBelowFloor, null, report, 0, 0, 0, 0,
            "{0} coverage of {1} is {2} %, below its floor of {3} % ({4}; the floor is never below {5} %).",
            kind, ProjectName, Format(measured), Format(floor), Path.GetFileName(RatchetFile), Format(CoverageFloor.Minimum));
        return true;
    }

    private double Raise(string kind, double measured, double? recorded)
    {
        var next = CoverageFloor.Next(recorded, measured);
        if (CoverageFloor.MissedTarget(recorded, measured))
        {
            Log.LogWarning(null, ErrorCodes.CoverageTargetMissed, null, RatchetFile, 0, 0, 0, 0,
                "This loop's {0} coverage target for {1} was {2} %; measured {3} %. Add tests to reach it in the next loop.",
                kind, ProjectName, Format(Math.Round(CoverageFloor.InForce(recorded) + CoverageFloor.Step, 1)), Format(measured));
        }

        if (recorded is null || next > recorded.Value)
        {
            var move = string.Format(CultureInfo.InvariantCulture, "{0} coverage floor of {1}: {2} \u2192 {3} %", kind, ProjectName, recorded is null ? "none" : Format(recorded.Value), Format(next));
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

    private static string Format(double percent) => percent.ToString("0.0", CultureInfo.InvariantCulture);
}
