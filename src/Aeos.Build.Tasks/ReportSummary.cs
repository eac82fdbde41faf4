using System;
using System.IO;
using Aeos.Build.Tasks.Sarif;
using Aeos.Shared.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks;

/// <summary>
/// Prints the Aeos summary line on every build, also an incremental one where the compiler did not run:
/// the recorded summary still describes the unchanged inputs, so the line never vanishes.
/// </summary>
public sealed class ReportSummary : Task
{
    /// <summary>The summary written by <see cref="CollectSarif"/>.</summary>
    [Required]
    public string SummaryFile { get; set; } = string.Empty;

    /// <summary>The evidence copy of the analysis log, named in the line.</summary>
    [Required]
    public string EvidenceFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        if (!File.Exists(SummaryFile))
        {
            Log.LogMessage(MessageImportance.Normal, "Aeos: no analysis summary at '{0}'; the compiler wrote no analysis log.", SummaryFile);
            return true;
        }

        try
        {
            var summary = SarifSummary.FromJson(File.ReadAllText(SummaryFile));
            Log.LogMessage(MessageImportance.High, summary.FormatLine(Path.GetFullPath(EvidenceFile)));
        }
        catch (JsonParseException e)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SummaryFile, e.Line, e.Column, 0, 0,
                "The Aeos summary '{0}' cannot be read: {1}. Delete it and build again.", SummaryFile, e.Problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, SummaryFile, 0, 0, 0, 0,
                "The Aeos summary '{0}' cannot be read: {1}", SummaryFile, e.Message);
        }

        return !Log.HasLoggedErrors;
    }
}
