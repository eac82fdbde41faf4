using System.Collections.Generic;
using System.Linq;

namespace Aeos.Build.Tasks.Baseline;

/// <summary>
/// The declaration that contains a position of a C# file, read from its text (the compiler's log names
/// only the file and position of a CS, CA or third-party warning): namespaces and types joined with dots,
/// then the member and its parameter types, e.g. <c>Shop.Billing.Invoice.Total(IReadOnlyList&lt;decimal&gt;)</c>.
/// It survives line shifts and edits elsewhere in the file; a renamed member, type or parameter type gives
/// another name. A position at namespace or type level (a field, a type's own header) gives the
/// declaration it is in; top-level statements give the namespaces only.
/// </summary>
internal sealed class SourceMembers
{
    private readonly string _masked;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<Block> _blocks = new();
    private readonly List<(int Offset, string Name)> _fileNamespaces = new();

    public SourceMembers(string text)
    {
        _masked = SourceMask.Apply(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        ReadBlocks();
    }

    /// <summary>The containing declaration of the 1-based <paramref name="line"/> and <paramref name="column"/>.</summary>
    public string At(int line, int column)
    {
        var offset = Offset(line, column);
        var names = _fileNamespaces.Where(n => n.Offset < offset).Select(n => n.Name).Take(1).ToList();
        foreach (var block in _blocks.Where(b => b.Start < offset && offset <= b.End))
        {
            var declaration = Declaration.Read(block.Header);
            if (declaration.Kind == DeclarationKind.Statement)
            {
                return string.Join(".", names);
            }

            names.Add(declaration.Name);
            if (declaration.Kind == DeclarationKind.Member)
            {
                return string.Join(".", names);
            }
        }

        var here = Declaration.Read(Segment(offset));
        if (here.Kind != DeclarationKind.Statement && here.Name.Length > 0)
        {
            names.Add(here.Name);
        }

        return string.Join(".", names);
    }

    private int Offset(int line, int column)
    {
        if (line < 1 || line > _lineStarts.Count)
        {
            return 0;
        }

        return System.Math.Min(_lineStarts[line - 1] + System.Math.Max(column - 1, 0), _masked.Length);
    }

    /// <summary>Every brace pair, outermost first, with the code before its opening brace since the last <c>;</c>, <c>{</c> or <c>}</c>.</summary>
    private void ReadBlocks()
    {
        var open = new Stack<Block>();
        var last = -1;
        for (var i = 0; i < _masked.Length; i++)
        {
            switch (_masked[i])
            {
                case '{':
                    var block = new Block(i, _masked.Substring(last + 1, i - last - 1));
                    _blocks.Add(block);
                    open.Push(block);
                    break;
                case '}':
                    if (open.Count > 0)
                    {
                        open.Pop().End = i;
                    }

                    break;
                case ';':
                    ReadFileNamespace(_masked.Substring(last + 1, i - last - 1), i, open.Count);
                    break;
                default:
                    continue;
            }

            last = i;
        }
    }

    private void ReadFileNamespace(string statement, int offset, int depth)
    {
        var declaration = Declaration.Read(statement);
        if (depth == 0 && declaration.Kind == DeclarationKind.Namespace)
        {
            _fileNamespaces.Add((offset, declaration.Name));
        }
    }

    /// <summary>The declaration text around <paramref name="offset"/>: from the last delimiter before it to the next one.</summary>
    private string Segment(int offset)
    {
        var start = offset - 1;
        while (start >= 0 && _masked[start] is not (';' or '{' or '}'))
        {
            start--;
        }

        var end = offset;
        while (end < _masked.Length && _masked[end] is not (';' or '{' or '}'))
        {
            end++;
        }

        return _masked.Substring(start + 1, end - start - 1);
    }

    private sealed class Block
    {
        public Block(int start, string header)
        {
            Start = start;
            Header = header;
            End = int.MaxValue;
        }

        public int Start { get; }

        /// <summary>The offset of the closing brace; <see cref="int.MaxValue"/> when the file ends first.</summary>
        public int End { get; set; }

        public string Header { get; }
    }
}
