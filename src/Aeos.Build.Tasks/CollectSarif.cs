using System;
using System.IO;
using System.Text;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks;

/// <summary>
/// After the compiler wrote its analysis log: copies it into the evidence folder and records the Aeos
/// summary that <see cref="ReportSummary"/> prints on every build. Both files are written atomically,
/// and only when their content changed. A log that records errors of the compiler itself (the project did
/// not compile) leaves no summary, so the gates stay silent on that project.
/// </summary>
public sealed class CollectSarif : Task
{
    /// <summary>The SARIF log the compiler wrote (the path part of <c>$(ErrorLog)</c>).</summary>
    [Required]
    public string SarifFile { get; set; } = string.Empty;

    /// <summary>Where the copy goes: <c>$(AeosArtifactsPath)evidence/&lt;Project&gt;.sarif</c>.</summary>
    [Required]
    public string EvidenceFile { get; set; } = string.Empty;

    /// <summary>The summary kept in the intermediate folder for <see cref="ReportSummary"/>.</summary>
    [Required]
    public string SummaryFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        byte[] content;
        SarifSummary summary;
        try
        {
            content = File.ReadAllBytes(SarifFile);
            summary = SarifReader.Summarize(Decode(content));
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SarifFile, e.Line, e.Column, 0, 0,
                "The analysis log '{0}' cannot be read: {1}. Delete it and build again to have the compiler write it anew.", SarifFile, e.Problem);
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SarifFile, 0, 0, 0, 0,
                "The analysis log '{0}' cannot be read: {1}", SarifFile, e.Message);
            return false;
        }

        if (summary.CompilerErrors > 0)
        {
            // Nothing to judge: no summary (so no "0 violations" line and no gate runs) and the evidence is left as it was.
            File.Delete(SummaryFile);
            Log.LogMessage(MessageImportance.Normal, "Aeos: the project did not compile ({0} compiler error(s) in '{1}'); the gates wait for a build that compiles.", summary.CompilerErrors, SarifFile);
            return true;
        }

        if (!AtomicFile.WriteIfChanged(EvidenceFile, content))
        {
            // Same bytes: keep the file, but mark it current so the incremental check skips this step next time.
            BuildClock.Touch(EvidenceFile);
        }

        AtomicFile.Write(SummaryFile, Encoding.UTF8.GetBytes(summary.ToJson()));
        Log.LogMessage(MessageImportance.Low, "Aeos: copied '{0}' to '{1}'.", SarifFile, EvidenceFile);
        return true;
    }

    private static string Decode(byte[] content)
    {
        // The compiler writes UTF-8; a byte-order mark, if any, is skipped by the parser.
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(content);
    }
}
