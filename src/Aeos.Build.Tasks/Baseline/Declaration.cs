using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Aeos.Build.Tasks.Baseline;

/// <summary>What the code before a brace (or around a position) declares.</summary>
internal enum DeclarationKind
{
    None,
    Namespace,
    Type,
    Member,

    /// <summary>A statement (<c>if</c>, <c>foreach</c> …) outside any member: top-level statements.</summary>
    Statement,
}

/// <summary>Reads the name of a namespace, type or member from its declaration text (comments and literals already blanked).</summary>
internal readonly struct Declaration
{
    private static readonly Regex Namespace = new(@"^namespace\s+(?<name>[A-Za-z0-9_@.]+)", RegexOptions.CultureInvariant);
    private static readonly Regex TypeKeyword = new(@"\b(class|struct|interface|enum|record)\s+(?<name>@?[A-Za-z_][A-Za-z0-9_]*)", RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> StatementKeywords = new(System.StringComparer.Ordinal)
    {
        "if", "else", "for", "foreach", "while", "do", "switch", "using", "lock", "try", "catch", "finally", "fixed", "checked", "unchecked", "unsafe", "return", "await", "var",
    };

    private Declaration(DeclarationKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    public DeclarationKind Kind { get; }

    public string Name { get; }

    public static Declaration Read(string text)
    {
        var code = Whitespace.Replace(StripAttributes(text), " ").Trim();
        if (code.Length == 0)
        {
            return new Declaration(DeclarationKind.None, string.Empty);
        }

        var ns = Namespace.Match(code);
        if (ns.Success)
        {
            return new Declaration(DeclarationKind.Namespace, ns.Groups["name"].Value);
        }

        var firstParenthesis = TopLevelIndex(code, '(');
        var type = TypeKeyword.Match(code);
        if (type.Success && (firstParenthesis < 0 || type.Index < firstParenthesis))
        {
            return new Declaration(DeclarationKind.Type, type.Groups["name"].Value);
        }

        return ReadMember(code, firstParenthesis);
    }

    private static Declaration ReadMember(string code, int firstParenthesis)
    {
        var firstWord = code.Split(' ', '(')[0];
        if (StatementKeywords.Contains(firstWord))
        {
            return new Declaration(DeclarationKind.Statement, string.Empty);
        }

        var assignment = TopLevelIndex(code, '=');
        var end = new[] { firstParenthesis, assignment, code.Length }.Where(i => i >= 0).Min();
        var name = TrailingName(code.Substring(0, end));
        var parameters = end == firstParenthesis ? "(" + ParameterTypes(code, firstParenthesis) + ")" : string.Empty;
        return new Declaration(DeclarationKind.Member, name + parameters);
    }

    /// <summary>The last word before the parameters or the initializer, without its type arguments: <c>Run</c> of <c>void Run&lt;T&gt;</c>.</summary>
    private static string TrailingName(string head)
    {
        var text = StripAngles(head).TrimEnd();
        var start = text.LastIndexOf(' ') + 1;
        return text.Substring(start);
    }

    /// <summary>The parameters' types, without their names and default values: <c>int, string[]</c> of <c>(int a, string[] b = null)</c>.</summary>
    private static string ParameterTypes(string code, int open)
    {
        var close = Matching(code, open);
        var inner = code.Substring(open + 1, close - open - 1);
        var types = SplitTopLevel(inner).Select(p => p.Split('=')[0].Trim()).Where(p => p.Length > 0).Select(DropName);
        return string.Join(", ", types);
    }

    private static string DropName(string parameter)
    {
        var space = parameter.LastIndexOf(' ');
        return space < 0 ? parameter : parameter.Substring(0, space).Trim();
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            depth += Depth(c);
            if (c == ',' && depth == 0)
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        yield return current.ToString();
    }

    /// <summary>The index of <paramref name="wanted"/> outside any (), [] or &lt;&gt; pair; -1 when there is none.</summary>
    private static int TopLevelIndex(string code, char wanted)
    {
        var depth = 0;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == wanted && depth == 0)
            {
                return i;
            }

            depth = System.Math.Max(0, depth + Depth(code[i]));
        }

        return -1;
    }

    private static int Matching(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            depth += code[i] == '(' ? 1 : code[i] == ')' ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }

        return code.Length;
    }

    private static int Depth(char c) => c switch
    {
        '(' or '[' or '<' => 1,
        ')' or ']' or '>' => -1,
        _ => 0,
    };

    /// <summary>Removes the leading attribute lists (<c>[Fact]</c>, <c>[Obsolete("…")]</c>).</summary>
    private static string StripAttributes(string text)
    {
        var code = text.TrimStart();
        while (code.Length > 0 && code[0] == '[')
        {
            var depth = 0;
            var i = 0;
            do
            {
                depth += code[i] == '[' ? 1 : code[i] == ']' ? -1 : 0;
                i++;
            }
            while (i < code.Length && depth > 0);
            code = code.Substring(i).TrimStart();
        }

        return code;
    }

    private static string StripAngles(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '<' ? 1 : 0;
            if (depth == 0)
            {
                builder.Append(c);
            }

            depth -= c == '>' && depth > 0 ? 1 : 0;
        }

        return builder.ToString();
    }
}
