using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The change from the accepted surface to this build's: removed lines (a changed signature is a
/// removed and an added line) and added lines. Its file, <c>&lt;AssemblyName&gt;.api.diff</c>, is written
/// on every run of the gate; with no change it holds only its header:
/// <code>
/// # aeos-api-diff: 1
/// # assembly: Contoso.Geometry
/// # from: 2.1.0
/// # to: 2.2.0
/// # result: breaking, rejected
/// - Contoso.Geometry.Shape.Area | public abstract double Area { get; set; }
/// + Contoso.Geometry.Shape.Area | public abstract double Area { get; protected set; }
/// </code>
/// Lines are sorted by signature, a removal before the addition of the same text (which cannot occur).
/// </summary>
internal sealed class ApiDiff
{
    public const string FormatLine = "# aeos-api-diff: 1";

    private ApiDiff(IReadOnlyList<string> removed, IReadOnlyList<string> added)
    {
        Removed = removed;
        Added = added;
    }

    /// <summary>Signatures of the accepted surface that this build no longer has, in file order.</summary>
    public IReadOnlyList<string> Removed { get; }

    public IReadOnlyList<string> Added { get; }

    public static ApiDiff Compare(ApiSurface? accepted, ApiSurface current)
    {
        var before = accepted?.Signatures ?? Array.Empty<string>();
        var beforeSet = new HashSet<string>(before, StringComparer.Ordinal);
        var afterSet = new HashSet<string>(current.Signatures, StringComparer.Ordinal);
        return new ApiDiff(
            before.Where(line => !afterSet.Contains(line)).ToList(),
            current.Signatures.Where(line => !beforeSet.Contains(line)).ToList());
    }

    public string Render(ApiSurface? accepted, ApiSurface current, string result)
    {
        var text = new StringBuilder()
            .Append(FormatLine).Append('\n')
            .Append("# assembly: ").Append(current.AssemblyName).Append('\n')
            .Append("# from: ").Append(accepted?.Version ?? "(none)").Append('\n')
            .Append("# to: ").Append(current.Version).Append('\n')
            .Append("# result: ").Append(result).Append('\n');
        var changes = Removed.Select(line => (Line: line, Sign: '-'))
            .Concat(Added.Select(line => (Line: line, Sign: '+')))
            .OrderBy(change => change.Line, StringComparer.Ordinal)
            .ThenBy(change => change.Sign == '-' ? 0 : 1);
        foreach (var (line, sign) in changes)
        {
            text.Append(sign).Append(' ').Append(line).Append('\n');
        }

        return text.ToString();
    }
}
