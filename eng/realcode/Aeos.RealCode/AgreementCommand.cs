using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Aeos.RealCode;

/// <summary>One function as both analyzers see it; a value is null where that analyzer reported nothing there.</summary>
internal sealed record MeasuredFunction(string CodeBase, string File, int Line, int Column, string Name, int? Aeos, int? Reference);

/// <summary>
/// AEOS1001 against CA1502 on every function: both at a limit of 0 in one build (the "agree" variant), paired by
/// the position they report at. Each difference is put down to a documented cause (docs/rules/AEOS1001.md) found in
/// the function's syntax, or listed as unexplained.
/// </summary>
internal static partial class AgreementCommand
{
    /// <summary>Prints the counts per code base and every unexplained difference; exit code 1 below 99.5 %.</summary>
    public static int Run(IEnumerable<string> sarifPaths)
    {
        var functions = sarifPaths.SelectMany(path => Pair(path, FunctionLocator.ForLog(path))).ToList();
        var classifier = new DifferenceClassifier();
        var unexplained = new List<MeasuredFunction>();
        Console.WriteLine("| code base | functions | equal | documented differences | unexplained | agreement |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in functions.GroupBy(f => f.CodeBase))
        {
            var equal = group.Count(f => f.Aeos == f.Reference);
            var differing = group.Where(f => f.Aeos != f.Reference).Select(f => (Function: f, Cause: classifier.Classify(f))).ToList();
            var documented = differing.Count(d => d.Cause is not null);
            unexplained.AddRange(differing.Where(d => d.Cause is null).Select(d => d.Function));
            var compared = group.Count() - documented;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {group.Key} | {group.Count()} | {equal} | {documented} | {compared - equal} | {Percent(equal, compared)} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Documented differences by cause:");
        foreach (var cause in classifier.Counts.OrderByDescending(c => c.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {cause.Key}: {cause.Value}"));
        }

        Console.WriteLine();
        Console.WriteLine("Unexplained differences:");
        foreach (var f in unexplained)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {f.CodeBase} {f.File}:{f.Line}:{f.Column} {f.Name}: AEOS1001 {Value(f.Aeos)}, CA1502 {Value(f.Reference)}"));
        }

        var comparedAll = functions.Count - classifier.Counts.Values.Sum();
        var equalAll = functions.Count(f => f.Aeos == f.Reference);
        Console.WriteLine();
        Console.WriteLine("Overall: " + Percent(equalAll, comparedAll) + " equal once the documented differences are excluded");
        return comparedAll == 0 || equalAll * 1000L >= comparedAll * 995L ? 0 : 1;
    }

    /// <summary>
    /// Pairs the two rules' results by the function they point into (they point at different tokens of an
    /// expression-bodied member, even on different lines); by position where no function is found. What stays alone
    /// is a function one rule measured and the other did not.
    /// </summary>
    private static IEnumerable<MeasuredFunction> Pair(string sarifPath, FunctionLocator locator)
    {
        var results = SarifResults.Read(sarifPath).Where(r => r.RuleId is "AEOS1001" or "CA1502" && r.Line > 0);
        foreach (var function in results.GroupBy(r => (r.File, Start: locator.FunctionAt(r.File, r.Line, r.Column)?.SpanStart ?? -((r.Line * 10000) + r.Column))))
        {
            var aeos = function.FirstOrDefault(r => r.RuleId == "AEOS1001");
            var reference = function.FirstOrDefault(r => r.RuleId == "CA1502");
            yield return Measured(aeos ?? reference!, aeos, reference);
        }
    }

    private static MeasuredFunction Measured(SarifResult where, SarifResult? aeos, SarifResult? reference) =>
        new(where.CodeBase, where.File, where.Line, where.Column, NameOf((aeos ?? reference ?? where).Message), ValueOf(aeos), ValueOf(reference));

    private static int? ValueOf(SarifResult? result)
    {
        var match = result is null ? null : ComplexityPattern().Match(result.Message);
        return match is { Success: true } ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string NameOf(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end < 0 ? message : message.Substring(start + 1, end - start - 1);
    }

    private static string Value(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + " %";

    [GeneratedRegex("cyclomatic complexity of '?([0-9]+)")]
    private static partial Regex ComplexityPattern();
}
