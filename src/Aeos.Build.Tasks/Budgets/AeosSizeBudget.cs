using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Ratchet;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Budgets;

/// <summary>
/// The artifact size ceiling: each file (the built assembly, the packed .nupkg) may not be bigger than the
/// ceiling recorded for it in <c>aeos.ratchet.json</c> (AEOS9701). The accept step and the first update
/// record size + allowance (<see cref="SizeCeiling"/>); each update (<c>AeosRatchetUpdate</c>) lowers a
/// ceiling when the file shrank. The ratchet file is changed under its lock and written atomically.
/// </summary>
public sealed class AeosSizeBudget : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);

    private readonly List<string> _moves = new();

    private readonly List<string> _sizes = new();

    /// <summary>The files to judge; metadata <c>Budget</c> names the ceiling (the file name when absent).</summary>
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary><c>aeos.ratchet.json</c>; it need not exist.</summary>
    [Required]
    public string RatchetFile { get; set; } = string.Empty;

    /// <summary>The project whose ceilings apply.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>A ratchet loop: record missing ceilings, lower those of files that shrank.</summary>
    public bool Update { get; set; }

    /// <summary>The accept step: record today's sizes + allowance as the ceilings, also above the old ones.</summary>
    public bool Accept { get; set; }

    /// <summary>The ceilings this run recorded or lowered, for the progress log.</summary>
    [Output]
    public string[] Moves => _moves.ToArray();

    /// <summary>Each file as <c>name=bytes</c>, for the evidence.</summary>
    [Output]
    public string[] Sizes => _sizes.ToArray();

    /// <inheritdoc />
    public override bool Execute()
    {
        var files = Files.Select(f => (Item: f, File: new FileInfo(f.GetMetadata("FullPath")))).Where(f => f.File.Exists).ToList();
        if (files.Count == 0)
        {
            return true;
        }

        using var fileLock = FileLock.Acquire(RatchetFile, LockTimeout);
        if (!TryReadRatchet(out var ratchet))
        {
            return false;
        }

        var project = ratchet.For(ProjectName);
        foreach (var (item, file) in files)
        {
            var name = item.GetMetadata("Budget");
            Judge(project, name.Length > 0 ? name : file.Name, file);
        }

        if (Accept || Update)
        {
            AtomicFile.WriteIfChanged(RatchetFile, Encoding.UTF8.GetBytes(ratchet.Serialize()));
        }

        return !Log.HasLoggedErrors;
    }

    private void Judge(ProjectRatchet project, string name, FileInfo file)
    {
        var bytes = file.Length;
        _sizes.Add(name + "=" + bytes.ToString(CultureInfo.InvariantCulture));
        var recorded = project.SizeCeilings.TryGetValue(name, out var ceiling) ? ceiling : (long?)null;
        if (Accept || (Update && recorded is null))
        {
            Record(project, name, recorded, SizeCeiling.For(bytes), Accept ? "accepted the size" : "recorded the size");
            return;
        }

        if (recorded is null)
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos: {0} of {1} is {2}; no size ceiling is recorded yet (-p:AeosRatchetUpdate=true records one).", name, ProjectName, Bytes(bytes));
            return;
        }

        Log.LogMessage(MessageImportance.High, "Aeos: size of {0} ({1}): {2}, ceiling {3}", name, ProjectName, Bytes(bytes), Bytes(recorded.Value));
        if (bytes > recorded.Value)
        {
            Log.LogError(null, ErrorCodes.ArtifactAboveCeiling, null, file.FullName, 0, 0, 0, 0,
                "{0} of {1} is {2}, above its size ceiling of {3} ({4} more; {5}). Make it smaller, or accept the new size with -p:AeosBaselineAccept=true and review the diff.",
                name, ProjectName, Bytes(bytes), Bytes(recorded.Value), Bytes(bytes - recorded.Value), Path.GetFileName(RatchetFile));
            return;
        }

        var next = SizeCeiling.Next(recorded.Value, bytes);
        if (Update && next < recorded.Value)
        {
            Record(project, name, recorded, next, "size ceiling");
        }
    }

    private void Record(ProjectRatchet project, string name, long? recorded, long ceiling, string what)
    {
        project.SizeCeilings[name] = ceiling;
        if (recorded == ceiling)
        {
            return;
        }

        var move = string.Format(CultureInfo.InvariantCulture, "{0} of {1} ({2}): {3} \u2192 {4} bytes", what, name, ProjectName,
            recorded?.ToString(CultureInfo.InvariantCulture) ?? "none", ceiling.ToString(CultureInfo.InvariantCulture));
        _moves.Add(move);
        Log.LogMessage(MessageImportance.High, "Aeos ratchet: " + move);
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

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
