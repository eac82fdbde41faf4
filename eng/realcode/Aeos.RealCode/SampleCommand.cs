using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Aeos.RealCode;

/// <summary>
/// The review sample: per rule and code base, up to N results drawn with a fixed seed, each printed with its
/// source line so a reviewer can give the verdict (true positive, false positive, debatable) in docs/precision.md.
/// </summary>
internal static class SampleCommand
{
    /// <summary>Arguments: --seed N --per-rule N SARIF...</summary>
    public static void Run(IReadOnlyList<string> args)
    {
        var seed = int.Parse(Option(args, "--seed", "20261207"), CultureInfo.InvariantCulture);
        var perRule = int.Parse(Option(args, "--per-rule", "10"), CultureInfo.InvariantCulture);
        var logs = args.Where(a => a.EndsWith(".sarif", StringComparison.Ordinal));
        var results = logs.SelectMany(SarifResults.Read)
            .Where(r => r.RuleId.StartsWith("AEOS", StringComparison.Ordinal) && !r.Suppressed && r.Line > 0);
        foreach (var group in results.GroupBy(r => (r.RuleId, r.CodeBase)).OrderBy(g => g.Key.RuleId, StringComparer.Ordinal).ThenBy(g => g.Key.CodeBase, StringComparer.Ordinal))
        {
            var all = group.OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).ToList();
            var random = new Random(seed);
            var picked = all.OrderBy(_ => random.Next()).Take(perRule).OrderBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line);
            Console.WriteLine("## " + group.Key.RuleId + " in " + group.Key.CodeBase + " (" + Math.Min(perRule, all.Count).ToString(CultureInfo.InvariantCulture) + " of " + all.Count.ToString(CultureInfo.InvariantCulture) + ")");
            foreach (var result in picked)
            {
                Console.WriteLine("- " + Relative(result.File) + ":" + result.Line.ToString(CultureInfo.InvariantCulture) + " " + result.Message);
                Console.WriteLine("    " + SourceLine(result.File, result.Line));
            }

            Console.WriteLine();
        }
    }

    private static string Option(IReadOnlyList<string> args, string name, string fallback)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return fallback;
    }

    /// <summary>The path from the code base's src folder on, as the docs cite it.</summary>
    private static string Relative(string file)
    {
        var index = file.IndexOf("/src/", StringComparison.Ordinal);
        return index < 0 ? file : file.Substring(index + 1);
    }

    private static string SourceLine(string file, int line)
    {
        if (!File.Exists(file))
        {
            return "(file not found)";
        }

        var lines = File.ReadAllLines(file);
        return line <= lines.Length ? lines[line - 1].Trim() : "(line out of range)";
    }
}
