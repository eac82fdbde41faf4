using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The public API surface of one assembly and its file, <c>&lt;AssemblyName&gt;.api.txt</c>: three header
/// lines, then one signature per line, sorted ordinally, LF line ends, UTF-8 without byte-order mark.
/// <code>
/// # aeos-api-surface: 2
/// # assembly: Contoso.Geometry 2.1.0.0
/// # version: 2.1.0
/// Contoso.Geometry.Shape | public abstract class Contoso.Geometry.Shape : System.IComparable&lt;Contoso.Geometry.Shape&gt;
/// Contoso.Geometry.Shape.Area | public abstract double Area { get; protected set; }
/// </code>
/// Format 2 writes nullable reference annotations (<c>string?</c>); format 1, of earlier versions, did not.
/// </summary>
internal sealed class ApiSurface
{
    /// <summary>The format of earlier versions: no nullable annotations.</summary>
    public const int Unannotated = 1;

    /// <summary>The format this version writes: nullable reference annotations included.</summary>
    public const int Annotated = 2;

    private const string FormatPrefix = "# aeos-api-surface: ";

    /// <summary>The first line of a file this version writes.</summary>
    public const string FormatLine = FormatPrefix + "2";
    private const string AssemblyPrefix = "# assembly: ";
    private const string VersionPrefix = "# version: ";
    private const int HeaderLines = 3;

    public ApiSurface(string assemblyName, string assemblyVersion, string version, IReadOnlyList<string> signatures, int format)
    {
        Format = format;
        AssemblyName = assemblyName;
        AssemblyVersion = assemblyVersion;
        Version = version;
        Signatures = signatures;
    }

    /// <summary><see cref="Unannotated"/> or <see cref="Annotated"/>.</summary>
    public int Format { get; }

    public string AssemblyName { get; }

    /// <summary>The version in the assembly's metadata (<c>AssemblyVersion</c>).</summary>
    public string AssemblyVersion { get; }

    /// <summary>The version the gate judges by: the package version the build passed, else the assembly version.</summary>
    public string Version { get; }

    public IReadOnlyList<string> Signatures { get; }

    /// <summary>The major version: the leading number of <see cref="Version"/>, else of the assembly version.</summary>
    public int Major => MajorOf(Version) ?? MajorOf(AssemblyVersion) ?? 0;

    /// <summary>The 1-based line of a signature in the file.</summary>
    public int LineOf(string signature) => HeaderLines + 1 + BinarySearch(signature);

    public string Serialize()
    {
        var text = new StringBuilder()
            .Append(FormatPrefix).Append(Format.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(AssemblyPrefix).Append(AssemblyName).Append(' ').Append(AssemblyVersion).Append('\n')
            .Append(VersionPrefix).Append(Version).Append('\n');
        foreach (var signature in Signatures)
        {
            text.Append(signature).Append('\n');
        }

        return text.ToString();
    }

    /// <exception cref="ContractFormatException">The text is not a surface file as <see cref="Serialize"/> writes it.</exception>
    public static ApiSurface Parse(string text)
    {
        var lines = SplitLines(text);
        var format = lines.Count >= HeaderLines && lines[0] == FormatPrefix + "1" ? Unannotated : Annotated;
        Expect(lines.Count >= HeaderLines && (lines[0] == FormatPrefix + "1" || lines[0] == FormatPrefix + "2"), 1, "the first line must be '" + FormatPrefix + "2' (or 1, of an earlier version)");
        var assembly = Header(lines[1], AssemblyPrefix, 2);
        var space = assembly.LastIndexOf(' ');
        Expect(space > 0, 2, "expected '" + AssemblyPrefix + "<name> <version>'");
        var version = Header(lines[2], VersionPrefix, 3);
        Expect(MajorOf(version) is not null, 3, "the version must start with its major number");
        var signatures = lines.Skip(HeaderLines).ToList();
        for (var i = 0; i < signatures.Count; i++)
        {
            CheckSignature(signatures, i);
        }

        return new ApiSurface(assembly.Substring(0, space), assembly.Substring(space + 1), version, signatures, format);
    }

    private static void CheckSignature(List<string> signatures, int index)
    {
        var line = HeaderLines + 1 + index;
        var signature = signatures[index];
        Expect(signature.Length > 0 && signature[0] != '#', line, "expected a signature, found an empty or '#' line");
        Expect(signature.IndexOf(" | ", StringComparison.Ordinal) > 0, line, "expected '<key> | <declaration>'");
        Expect(index == 0 || string.CompareOrdinal(signatures[index - 1], signature) < 0, line,
            "the line is out of order or repeated; the file is written sorted, so it was edited or merged by hand");
    }

    private static string Header(string line, string prefix, int number)
    {
        Expect(line.StartsWith(prefix, StringComparison.Ordinal) && line.Length > prefix.Length, number, "expected '" + prefix + "…'");
        return line.Substring(prefix.Length);
    }

    private static List<string> SplitLines(string text)
    {
        // Tolerates CRLF: a checkout with core.autocrlf must still read as the same surface.
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[lines.Count - 1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static void Expect(bool condition, int line, string problem)
    {
        if (!condition)
        {
            throw new ContractFormatException(line, problem);
        }
    }

    private static int? MajorOf(string version)
    {
        var digits = new string(version.TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    private int BinarySearch(string signature)
    {
        var list = Signatures as List<string> ?? Signatures.ToList();
        return Math.Max(0, list.BinarySearch(signature, StringComparer.Ordinal));
    }
}
