using System;
using System.IO;
using System.Text;
using Aeos.Shared.Json;

namespace Aeos.Build.Tasks.Evidence;

/// <summary>
/// A file the evidence step read that does not parse, with its path: the task reports it as AEOS9001 at
/// <c>path(line,column)</c>, so the build's output names the file to fix.
/// </summary>
internal sealed class EvidenceFileException : Exception
{
    public EvidenceFileException(string file, int line, int column, string problem)
        : base(problem)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Reads and parses <paramref name="path"/>; a parse error becomes an <see cref="EvidenceFileException"/> naming it.</summary>
    /// <exception cref="EvidenceFileException">The file does not parse.</exception>
    public static T Parse<T>(string path, Func<string, T> parse) => Named(path, () => parse(System.IO.File.ReadAllText(path, Encoding.UTF8)));

    /// <summary>Runs <paramref name="change"/>, which reads and writes <paramref name="path"/>; a parse error becomes an <see cref="EvidenceFileException"/> naming it.</summary>
    /// <exception cref="EvidenceFileException">The file does not parse.</exception>
    public static void Named(string path, Action change) => Named(path, () =>
    {
        change();
        return true;
    });

    /// <summary>Runs <paramref name="read"/>, which reads <paramref name="path"/>; a parse error becomes an <see cref="EvidenceFileException"/> naming it.</summary>
    /// <exception cref="EvidenceFileException">The file does not parse.</exception>
    public static T Named<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (JsonParseException e)
        {
            throw new EvidenceFileException(Path.GetFullPath(path), e.Line, e.Column, e.Problem);
        }
    }
}
