using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.StringConcatenationInLoopAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.StringConcatenationInLoopFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class StringConcatenationInLoopAnalyzerTests
{
    private const string Report = """
        using System.Collections.Generic;

        public class Report
        {
            public string Render(IEnumerable<string> lines)
            {
                var text = "Report:";
                foreach (var line in lines)
                {
                    {|#0:text += line|};
                    {|#1:text += "\n"|};
                }

                return text;
            }
        }
        """;

    private const string ReportFixed = """
        using System.Collections.Generic;
        using System.Text;

        public class Report
        {
            public string Render(IEnumerable<string> lines)
            {
                var textBuilder = new StringBuilder("Report:");
                foreach (var line in lines)
                {
                    textBuilder.Append(line);
                    textBuilder.Append("\n");
                }
                var text = textBuilder.ToString();

                return text;
            }
        }
        """;

    private const string NotAccumulating = """
        using System.Collections.Generic;

        public class Item
        {
            public string Label = "";
        }

        public class Render
        {
            public string Run(List<Item> items, string[] words)
            {
                var last = "";
                foreach (var item in items)
                {
                    var line = "";
                    line += item.Label;
                    item.Label += "!";
                    last = line;
                }

                var once = "";
                for (var i = 0; i < 1; i++) { once += words[i]; }
                do { once += "x"; } while (false);
                while (true) { once += "y"; break; }
                foreach (var w in new[] { "only" }) { once += w; }

                var count = 0;
                foreach (var w in words) { count += w.Length; }
                return last + once + count;
            }
        }
        """;

    private const string Escaping = """
        using System;

        public class Log
        {
            private string _all = "";

            public string Join(string[] parts)
            {
                var joined = string.Empty;
                for (var i = 0; i < parts.Length; i++)
                {
                    {|#0:joined += parts[i]|};
                    Console.WriteLine(joined.Length);
                    {|#1:_all += parts[i]|};
                }

                return joined;
            }
        }
        """;

    [Fact]
    public async Task ConcatenationInLoopIsReportedAndFixedWithAStringBuilder()
    {
        await Verify.VerifyCodeFixAsync(Report, ReportFixed, Expected(0, "text"), Expected(1, "text"));
    }

    [Fact]
    public async Task StringsRebuiltEachIterationAndLoopsThatRunOnceAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(NotAccumulating);
    }

    [Fact]
    public async Task NoFixWhenTheStringIsReadInsideTheLoopOrIsAField()
    {
        await Verify.VerifyAnalyzerAsync(Escaping, Expected(0, "joined"), Expected(1, "_all"));
    }

    [Fact]
    public async Task NestedLoopsAndEmptyInitialValue()
    {
        const string source = """
            using System.Text;

            public class Grid
            {
                public string Draw(int[][] rows)
                {
                    string cells = string.Empty;
                    while (rows.Length > 0)
                    {
                        foreach (var row in rows)
                        {
                            foreach (var cell in row) { {|#0:cells += cell|}; }
                        }

                        break;
                    }

                    return cells;
                }
            }
            """;
        const string fixedSource = """
            using System.Text;

            public class Grid
            {
                public string Draw(int[][] rows)
                {
                    var cellsBuilder = new StringBuilder();
                    while (rows.Length > 0)
                    {
                        foreach (var row in rows)
                        {
                            foreach (var cell in row) { cellsBuilder.Append(cell); }
                        }

                        break;
                    }
                    string cells = cellsBuilder.ToString();

                    return cells;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "cells"));
    }

    [Fact]
    public async Task FixAllRewritesEveryStringOfTheDocument()
    {
        const string source = """
            public class Csv
            {
                public string Row(string[] values)
                {
                    var keys = "";
                    var all = "";
                    foreach (var v in values)
                    {
                        {|#0:keys += v|};
                        {|#1:all += v + ";"|};
                    }

                    return keys + all;
                }
            }
            """;
        const string fixedSource = """
            using System.Text;

            public class Csv
            {
                public string Row(string[] values)
                {
                    var keysBuilder = new StringBuilder();
                    var allBuilder = new StringBuilder();
                    foreach (var v in values)
                    {
                        keysBuilder.Append(v);
                        allBuilder.Append(v + ";");
                    }
                    var all = allBuilder.ToString();
                    var keys = keysBuilder.ToString();

                    return keys + all;
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "keys"), Expected(1, "all"));
    }

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.StringConcatenationInLoop).WithLocation(location).WithArguments(name);
}
