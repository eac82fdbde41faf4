using System;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// "Today" for the shim rules: the build's <c>AeosToday</c> property (<c>yyyy-MM-dd</c>, which the package's props set
/// to the build's UTC date), read as <c>build_property.AeosToday</c>; the current UTC date without it (an editor
/// without the package's build files). A value that is not a date falls back to the current UTC date and is
/// reported once per compilation as AEOS0001.
/// </summary>
internal sealed class BuildDate
{
    /// <summary>The key the compiler gives the analyzers for the MSBuild property <c>AeosToday</c>.</summary>
    public const string PropertyKey = "build_property.AeosToday";

    private readonly string? _invalid;
    private int _reported;

    private BuildDate(DateTime today, string? invalid)
    {
        Today = today;
        _invalid = invalid;
    }

    /// <summary>The date shims are judged against.</summary>
    public DateTime Today { get; }

    /// <summary>Today as <c>yyyy-MM-dd</c>.</summary>
    public string TodayText => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads the property from the compilation's global options.</summary>
    public static BuildDate Read(AnalyzerConfigOptionsProvider options)
    {
        var now = DateTime.UtcNow.Date;
        if (!options.GlobalOptions.TryGetValue(PropertyKey, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            return new BuildDate(now, null);
        }

        return RemovalPlan.ParseDate(raw.Trim()) is { } date ? new BuildDate(date, null) : new BuildDate(now, raw);
    }

    /// <summary>Reports an invalid property value, once.</summary>
    public void ReportInvalid(Action<Diagnostic> report)
    {
        if (_invalid is not null && Interlocked.Exchange(ref _reported, 1) == 0)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidOption,
                Location.None,
                _invalid,
                PropertyKey,
                "not a yyyy-MM-dd date",
                "(the current UTC date)"));
        }
    }
}
