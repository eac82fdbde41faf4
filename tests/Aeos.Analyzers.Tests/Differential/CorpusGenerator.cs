using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Aeos.Analyzers.Tests.Differential;

/// <summary>
/// Generates varied members for the differential corpus from a fixed seed: nested combinations of every
/// construct on which Aeos and CA1502 agree, so that every generated member must get the same value from both.
/// The constructs with documented differences live in the hand-written corpus, member by member.
/// </summary>
internal sealed class CorpusGenerator
{
    private const string Parameters = "int a, bool b, bool c, string text, string name, int[] items, object o";

    private static readonly Func<CorpusGenerator, string>[] Snippets =
    {
        g => $"if (a > {g.Next(9)}) {{ {g.Block()} }}",
        g => $"if (b) {{ {g.Block()} }} else if (a < {g.Next(9)}) {{ {g.Block()} }} else {{ s--; }}",
        g => $"while (a > {g.Next(9)}) {{ a--; {g.Block()} }}",
        g => $"for (var {g.Name("i")} = 0; {g.Last} < {g.Next(9)}; {g.Last}++) {{ {g.Block()} }}",
        g => $"foreach (var {g.Name("x")} in items) {{ s += {g.Last}; {g.Block()} }}",
        g => $"do {{ a--; }} while (a > {g.Next(9)});",
        g => $"switch (a) {{ case 1: {g.Block()} break; case 2: case 3: s++; break; default: break; }}",
        g => $"s += a > {g.Next(9)} && b || c ? 1 : 0;",
        _ => "text = text ?? name?.Trim() ?? \"\";",
        _ => "s += items?.Length ?? 0;",
        g => $"Func<int, bool> {g.Name("f")} = v => v > {g.Next(9)} && v < 20; s += {g.Last}(a) ? 1 : 0;",
        g => $"try {{ {g.Block()} }} catch (InvalidOperationException {g.Name("e")}) when ({g.Last}.Message.Length > {g.Next(9)}) {{ s--; }} finally {{ s++; }}",
        g => $"using (var {g.Name("m")} = new System.IO.MemoryStream()) {{ {g.Block()} }}",
        g => $"lock (items) {{ {g.Block()} }}",
        _ => "text ??= \"x\";",
        g => $"if (o is string {{ Length: > 2 }} {g.Name("t")}) {{ s += {g.Last}.Length; }}",
        g => $"s += o is int {g.Name("n")} && c ? {g.Last} : 0;",
        _ => "s += b ? (c ? 1 : 2) : 3;",
        g => $"s += {g.Name("Local")}(a); int {g.Last}(int v) => v > 0 ? v : -v;",
    };

    private readonly Random _random;
    private int _names;
    private int _depth;

    public CorpusGenerator(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>One file per class, <paramref name="membersPerClass"/> methods each.</summary>
    public IEnumerable<(string Name, string Text)> Generate(int classes, int membersPerClass)
    {
        for (var c = 0; c < classes; c++)
        {
            var text = new StringBuilder("using System;\n\nnamespace Corpus.Generated\n{\n    public class Generated").Append(c).Append("\n    {\n");
            for (var m = 0; m < membersPerClass; m++)
            {
                text.Append("        public int M").Append(m).Append('(').Append(Parameters).Append(")\n        {\n            var s = 0;\n            ")
                    .Append(Block())
                    .Append("\n            return s;\n        }\n\n");
            }

            yield return ("Generated" + c.ToString(CultureInfo.InvariantCulture) + ".cs", text.Append("    }\n}\n").ToString());
        }
    }

    /// <summary>The name made by the last call of <see cref="Name"/>.</summary>
    private string Last { get; set; } = string.Empty;

    private int Next(int max) => _random.Next(max);

    /// <summary>A name unique in the corpus: pattern and out variables share their enclosing block.</summary>
    private string Name(string prefix)
    {
        Last = prefix + (++_names).ToString(CultureInfo.InvariantCulture);
        return Last;
    }

    /// <summary>One to three snippets; nesting stops at depth 3 so members stay readable.</summary>
    private string Block()
    {
        if (_depth >= 3)
        {
            return "s++;";
        }

        _depth++;
        var count = 1 + _random.Next(3);
        var block = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            block.Append(Snippets[_random.Next(Snippets.Length)](this)).Append(' ');
        }

        _depth--;
        return block.ToString().TrimEnd();
    }
}
