using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Aeos.RealCode;

/// <summary>Per rule and code base: how many Aeos diagnostics the build reported, and every analyzer exception.</summary>
internal static class SummaryCommand
{
    /// <summary>Prints the table (markdown) of the given logs, then each AD0001/AD0002 with its message.</summary>
    public static void Run(IEnumerable<string> sarifPaths)
    {
        var results = sarifPaths.SelectMany(SarifResults.Read).ToList();
        var codeBases = results.Select(r => r.CodeBase).Distinct(StringComparer.Ordinal).ToList();
        Console.WriteLine("| rule | " + string.Join(" | ", codeBases) + " | total |");
        Console.WriteLine("|---|" + string.Concat(codeBases.Select(_ => "---:|")) + "---:|");
        foreach (var rule in results.Where(IsCounted).Select(r => r.RuleId).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal))
        {
            var counts = codeBases.Select(c => results.Count(r => r.RuleId == rule && r.CodeBase == c && !r.Suppressed)).ToList();
            Console.WriteLine("| " + rule + " | " + string.Join(" | ", counts.Select(Format)) + " | " + Format(counts.Sum()) + " |");
        }

        var exceptions = results.Where(r => r.RuleId is "AD0001" or "AD0002").ToList();
        Console.WriteLine();
        Console.WriteLine("Analyzer exceptions (AD0001/AD0002): " + exceptions.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var exception in exceptions)
        {
            Console.WriteLine("- " + exception.CodeBase + ": " + exception.Message);
        }

        Console.WriteLine();
        Console.WriteLine("Baselined or suppressed Aeos results: " + results.Count(r => IsCounted(r) && r.Suppressed).ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsCounted(SarifResult result) =>
        result.RuleId.StartsWith("AEOS", StringComparison.Ordinal) || result.RuleId is "AD0001" or "AD0002";

    private static string Format(int count) => count.ToString(CultureInfo.InvariantCulture);
}
