using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Aeos.Benchmarks;

/// <summary>
/// The generated corpus of the unused-code (AEOS2001–2005) and reliability (AEOS4001–4006) rules. Every file has
/// used and unnecessary usings, used and unused private members, an async event handler and a documentation
/// comment. Every <c>Process…Async</c> method has used and unused locals, an overwritten assignment, a loop with a
/// linear search, a string <c>+=</c>, a database command and a LINQ query, a swallowing catch and blocking waits,
/// and calls a private method with an unused parameter; every class has unused private async void methods. The
/// unused values come again in <c>Count…</c>, a method without lambdas: the IDE0059 analyzer leaves alone a method
/// that passes a lambda to another method. <c>Sum…</c> is look-alike code that no rule must report.
/// </summary>
internal static class RuleCorpus
{
    private static readonly CompositeFormat HeaderFormat = CompositeFormat.Parse(Header);
    private static readonly CompositeFormat MethodsFormat = CompositeFormat.Parse(Methods);

    public static ImmutableArray<SyntaxTree> Trees(int classes, int methodsPerClass, CSharpParseOptions options)
    {
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>(classes);
        for (var c = 0; c < classes; c++)
        {
            var text = new StringBuilder(string.Format(CultureInfo.InvariantCulture, HeaderFormat, c));
            for (var m = 0; m < methodsPerClass; m++)
            {
                text.Append(string.Format(CultureInfo.InvariantCulture, MethodsFormat, c * methodsPerClass + m));
            }

            trees.Add(CSharpSyntaxTree.ParseText(text.Append("    }\n}\n").ToString(), options, path: "Rules" + c.ToString(CultureInfo.InvariantCulture) + ".cs"));
        }

        return trees.MoveToImmutable();
    }

    /// <summary>System.Globalization and System.Text are not needed; the other usings are.</summary>
    private const string Header =
        """
        using System;
        using System.Collections.Generic;
        using System.Data.Common;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Text;
        using System.Threading.Tasks;

        namespace GeneratedRules
        {{
            /// <summary>Handles batch {0}.</summary>
            public class Handler{0}
            {{
                private int _unusedCounter;
                private readonly List<int> _known = new List<int>();
                private static int UnusedHelper(int value) => value * 2;

                public event EventHandler Changed;

                public Handler{0}() => Changed += OnChanged;

                private async void OnChanged(object sender, EventArgs e) => await Task.Yield();

                /// <summary>The number of known items.</summary>
                public int Known => _known.Count;


        """;

    private const string Methods =
        """
                public async Task<int> Process{0}Async(int[] items, List<int> known, DbCommand command, string path)
                {{
                    var total = 0;
                    var ignored = items.Length;
                    int neverUsed;
                    total = items.Length;
                    total = known.Count;
                    var text = "";
                    foreach (var item in items)
                    {{
                        if (known.Contains(item))
                        {{
                            total++;
                        }}

                        text += item.ToString();
                        total += (int)(command.ExecuteScalar() ?? 0);
                        total += items.Where(x => x > item).Count();
                    }}

                    try
                    {{
                        total += File.ReadAllText(path).Length;
                    }}
                    catch (IOException)
                    {{
                    }}

                    var first = Compute{0}Async(items, 2).Result;
                    await Task.Delay(1).ConfigureAwait(false);
                    return total + text.Length + first;
                }}

                public int Sum{0}(int[] items)
                {{
                    var sum = 0;
                    try
                    {{
                        foreach (var item in items)
                        {{
                            sum += Twice(item);
                        }}
                    }}
                    catch (OverflowException exception)
                    {{
                        Console.WriteLine(exception.Message);
                        throw;
                    }}

                    return sum;

                    static int Twice(int value) => value * 2;
                }}

                public int Count{0}(int[] items, List<int> known)
                {{
                    var count = 0;
                    var unread = items.Length;
                    count = items.Length;
                    count = known.Count;
                    return count;
                }}

                private Task<int> Compute{0}Async(int[] items, int scale) => Task.FromResult(items.Length);

                private async void Fire{0}() => await Task.Delay(1).ConfigureAwait(false);


        """;
}
