using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The API contract gate. Reads the public surface of the built assembly from its metadata, compares it
/// with the accepted surface (<see cref="SurfaceFile"/>) and writes the difference (<see cref="DiffFile"/>).
/// A removed or changed signature without a higher major version is <c>AEOS9301</c>, and then the accepted
/// surface is left as it was: the next build compares against the same file and fails the same way until
/// the signature is back, the major version is raised, or <see cref="Accept"/> is set. Otherwise the
/// surface file becomes this build's surface.
/// </summary>
public sealed class AeosApiContract : Task
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(2);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The built assembly (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string AssemblyFile { get; set; } = string.Empty;

    /// <summary>The accepted surface, <c>$(AeosApiFile)</c>: beside the project, to be committed; it need not exist.</summary>
    [Required]
    public string SurfaceFile { get; set; } = string.Empty;

    /// <summary>
    /// The evidence bundle's copy of the accepted surface, <c>$(AeosArtifactsPath)contracts/&lt;AssemblyName&gt;.api.txt</c>,
    /// where earlier versions of Aeos kept the accepted surface itself: while <see cref="SurfaceFile"/> does not exist,
    /// the copy is read as the accepted surface, so an upgrade keeps what was accepted. Empty: no copy.
    /// </summary>
    public string BundleCopy { get; set; } = string.Empty;

    /// <summary>The difference from the accepted surface, <c>contracts/&lt;AssemblyName&gt;.api.diff</c>.</summary>
    [Required]
    public string DiffFile { get; set; } = string.Empty;

    /// <summary>The version the gate judges by (<c>$(Version)</c>, SemVer); empty: the assembly version.</summary>
    public string Version { get; set; } = string.Empty;

    /// <summary>Accept a breaking change without a major version increase (<c>-p:AeosApiAccept=true</c>).</summary>
    public bool Accept { get; set; }

    /// <summary>True when this build removed or changed a signature of the accepted surface (accepted or not).</summary>
    [Output]
    public bool Breaking { get; private set; }

    /// <summary>The file the accepted surface was read from: <see cref="SurfaceFile"/>, or the bundle's copy of an earlier version.</summary>
    private string _acceptedFile = string.Empty;

    public override bool Execute()
    {
        if (!TryReadAssembly(annotated: true, out var current))
        {
            return false;
        }

        using (FileLock.Acquire(SurfaceFile, LockTimeout))
        {
            if (!TryReadAccepted(out var accepted))
            {
                return false;
            }

            // An accepted file of an earlier version has no nullable annotations: it is judged against this build's
            // surface without them, and the file kept afterwards is the annotated one.
            var compared = current;
            if (accepted?.Format == ApiSurface.Unannotated && !TryReadAssembly(annotated: false, out compared))
            {
                return false;
            }

            var diff = ApiDiff.Compare(accepted, compared);
            var verdict = Judge(accepted, compared, diff);
            AtomicFile.WriteIfChanged(DiffFile, Utf8.GetBytes(diff.Render(accepted, compared, ContractVerdicts.Text(verdict))));
            if (verdict == ContractVerdict.Rejected)
            {
                ReportBreaks(accepted!, compared, diff);
                return false;
            }

            Keep(current, verdict, diff);
        }

        if (BundleCopy.Length > 0 && File.Exists(SurfaceFile))
        {
            AtomicFile.WriteIfChanged(BundleCopy, File.ReadAllBytes(SurfaceFile));
        }

        return !Log.HasLoggedErrors;
    }

    private ContractVerdict Judge(ApiSurface? accepted, ApiSurface current, ApiDiff diff)
    {
        Breaking = diff.Removed.Count > 0;
        if (accepted is null)
        {
            return ContractVerdict.New;
        }

        if (!Breaking)
        {
            return diff.Added.Count == 0 ? ContractVerdict.Unchanged : ContractVerdict.Compatible;
        }

        if (current.Major > accepted.Major)
        {
            return ContractVerdict.AcceptedMajor;
        }

        return Accept ? ContractVerdict.AcceptedExplicitly : ContractVerdict.Rejected;
    }

    private void Keep(ApiSurface current, ContractVerdict verdict, ApiDiff diff)
    {
        if (!AtomicFile.WriteIfChanged(SurfaceFile, Utf8.GetBytes(current.Serialize())))
        {
            // Same surface: keep the file but mark it current, so the incremental check skips the gate next time.
            BuildClock.Touch(SurfaceFile);
        }

        var importance = Breaking ? MessageImportance.High : MessageImportance.Low;
        Log.LogMessage(importance, "Aeos: public API of {0} {1}: {2} ({3} removed, {4} added) — {5}",
            current.AssemblyName, current.Version, ContractVerdicts.Text(verdict), diff.Removed.Count, diff.Added.Count, DiffFile);
    }

    private void ReportBreaks(ApiSurface accepted, ApiSurface current, ApiDiff diff)
    {
        foreach (var signature in diff.Removed)
        {
            Log.LogError(null, ErrorCodes.BreakingApiChange, null, _acceptedFile, accepted.LineOf(signature), 0, 0, 0,
                "{0}: the public API signature '{1}' was removed or changed, but the major version did not increase ({2} -> {3}). "
                + "Restore it, raise the major version, or accept the break with -p:AeosApiAccept=true. All changes: '{4}'.",
                current.AssemblyName, signature, accepted.Version, current.Version, DiffFile);
        }
    }

    private bool TryReadAssembly(bool annotated, out ApiSurface current)
    {
        try
        {
            current = ApiSurfaceReader.Read(AssemblyFile, Version, annotated);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, AssemblyFile, 0, 0, 0, 0,
                "The assembly '{0}' cannot be read for its public API: {1}", AssemblyFile, e.Message);
            current = null!;
            return false;
        }
    }

    private bool TryReadAccepted(out ApiSurface? accepted)
    {
        accepted = null;
        _acceptedFile = File.Exists(SurfaceFile) ? SurfaceFile : BundleCopy.Length > 0 && File.Exists(BundleCopy) ? BundleCopy : string.Empty;
        if (_acceptedFile.Length == 0)
        {
            return true;
        }

        try
        {
            accepted = ApiSurface.Parse(File.ReadAllText(_acceptedFile, Utf8));
        }
        catch (ContractFormatException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, _acceptedFile, e.Line, 0, 0, 0,
                "The API surface file '{0}' cannot be read: line {1}: {2}. Restore it from version control, or delete it to accept this build's surface.",
                _acceptedFile, e.Line, e.Problem);
            return false;
        }

        if (_acceptedFile != SurfaceFile)
        {
            Log.LogMessage(MessageImportance.High,
                "Aeos: the accepted public API of {0} was read from '{1}', where earlier versions of Aeos kept it; it is now kept in '{2}' (commit that file).",
                accepted.AssemblyName, _acceptedFile, SurfaceFile);
        }

        return true;
    }
}
