using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Aeos.Build.Tasks.Quarantine;

/// <summary>
/// The test quarantine (AEOS standard §7.4): after each build of a test project, reads the
/// <c>[Trait("Quarantine", "yyyy-MM-dd #ticket")]</c> of the test assembly. A quarantine in force is listed
/// (the package's test filter keeps those tests out of <c>dotnet test</c>); one 48 hours past its date is
/// AEOS9801 naming the test; a value that is not a date and a ticket, or a date after today, is AEOS9802
/// naming the test and the value. "Today" is <c>$(AeosToday)</c>, so a build can be judged as of any day.
/// </summary>
public sealed class AeosQuarantine : Task
{
    /// <summary>The test assembly just built.</summary>
    [Required]
    public string AssemblyFile { get; set; } = string.Empty;

    /// <summary>The test project, as messages name it.</summary>
    [Required]
    public string ProjectName { get; set; } = string.Empty;

    /// <summary>The project file, where a test without a source position is reported.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    /// <summary>The UTC date to judge by, <c>yyyy-MM-dd</c> (<c>$(AeosToday)</c>).</summary>
    [Required]
    public string Today { get; set; } = string.Empty;

    /// <summary>The quarantines in force, as <c>Test: until yyyy-MM-dd (#ticket)</c>, for the evidence and the reports.</summary>
    [Output]
    public string[] Quarantined { get; private set; } = Array.Empty<string>();

    /// <summary>How many quarantines have expired or cannot be read.</summary>
    [Output]
    public int Overdue { get; private set; }

    /// <inheritdoc />
    public override bool Execute()
    {
        if (!DateTime.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var today))
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, ProjectFile, 0, 0, 0, 0, "AeosToday is '{0}', not a date yyyy-MM-dd; the test quarantine of {1} cannot be judged.", Today, ProjectName);
            return false;
        }

        if (!TryRead(out var tests))
        {
            return false;
        }

        var inForce = new List<string>();
        foreach (var test in tests.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var entry = Judge(test, today);
            if (entry is not null)
            {
                inForce.Add(entry);
            }
        }

        Quarantined = inForce.ToArray();
        if (inForce.Count > 0)
        {
            Log.LogMessage(MessageImportance.High, "Aeos: {0} quarantined test(s) of {1} left out of the test run: {2}", inForce.Count, ProjectName, string.Join("; ", inForce));
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>Reports an expired or unreadable quarantine; the list entry of one in force, else null.</summary>
    private string? Judge(QuarantinedTest test, DateTime today)
    {
        var mark = QuarantineMark.Parse(test.Value, out var problem);
        if (mark is not null && mark.Date > today.AddDays(1))
        {
            problem = "its date " + QuarantineMark.Format(mark.Date) + " is after today (" + QuarantineMark.Format(today) + ", AeosToday); write the date the test was quarantined";
            mark = null;
        }

        if (mark is null)
        {
            Overdue++;
            Error(test, ErrorCodes.QuarantineMalformed, "The quarantine of the test {0} in {1} cannot be read: [Trait(\"Quarantine\", \"{2}\")]: {3}.", test.Name, ProjectName, test.Value, problem);
            return null;
        }

        if (mark.ExpiredOn(today))
        {
            Overdue++;
            Error(test, ErrorCodes.QuarantineExpired, "The quarantine of the test {0} in {1} expired on {2}: it was quarantined on {3} for {4}, and a quarantine lasts 48 hours. Fix the test (and remove the trait) or delete it.",
                test.Name, ProjectName, QuarantineMark.Format(mark.Expires), QuarantineMark.Format(mark.Date), mark.Ticket);
            return null;
        }

        return test.Name + ": until " + QuarantineMark.Format(mark.Expires) + " (" + mark.Ticket + ")";
    }

    private void Error(QuarantinedTest test, string code, string message, params object[] arguments)
    {
        var file = test.File.Length > 0 ? test.File : ProjectFile;
        Log.LogError(null, code, null, file, test.Line, test.Column, 0, 0, message, arguments);
    }

    private bool TryRead(out List<QuarantinedTest> tests)
    {
        tests = new List<QuarantinedTest>();
        try
        {
            tests = QuarantineReader.Read(AssemblyFile);
            return true;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            Log.LogError(null, ErrorCodes.InvalidFile, null, AssemblyFile, 0, 0, 0, 0, "The test assembly '{0}' cannot be read for its quarantined tests: {1}", AssemblyFile, e.Message);
            return false;
        }
    }
}
