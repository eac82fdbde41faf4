using System.Linq;

namespace Aeos.Build.Tasks.Packages;

/// <summary>How firmly a NuGet version (as a PackageReference or PackageVersion writes it) fixes what restore resolves.</summary>
internal enum PinKind
{
    /// <summary>An exact version (<c>[1.2.3]</c>) or a plain minimum (<c>1.2.3</c>, <c>[1.2.3, )</c>), which NuGet resolves to itself.</summary>
    Pinned,

    /// <summary>No version at all: restore takes the lowest version the feeds offer, which changes with the feeds.</summary>
    Missing,

    /// <summary>A floating version (<c>*</c>, <c>1.*</c>, <c>1.2.*-beta*</c>): restore takes the newest match, a new release changes it.</summary>
    Floating,

    /// <summary>A range without an inclusive lower bound (<c>(1.0, 2.0)</c>, <c>(, 2.0]</c>): its lowest match changes as versions are published.</summary>
    OpenRange,

    /// <summary>A range with an inclusive lower bound and an upper bound (<c>[1.0, 2.0)</c>): resolved to its lower bound today, yet no pin.</summary>
    BoundedRange,
}

/// <summary>
/// Classifies a NuGet version string by NuGet's resolution rule (the lowest applicable version, the newest for
/// a floating one). A plain version is a minimum in NuGet's semantics, but NuGet resolves it to itself when it
/// exists (and warns NU1603 when it does not), so it counts as pinned.
/// </summary>
internal static class VersionPin
{
    public static PinKind Classify(string? version)
    {
        var text = (version ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return PinKind.Missing;
        }

        if (text.Any(c => c == '*'))
        {
            return PinKind.Floating;
        }

        return text[0] == '[' || text[0] == '(' ? Range(text) : PinKind.Pinned;
    }

    private static PinKind Range(string text)
    {
        var comma = text.IndexOf(',');
        if (comma < 0)
        {
            // "[1.2.3]" is exact; NuGet refuses anything else without a comma.
            return text[0] == '[' ? PinKind.Pinned : PinKind.OpenRange;
        }

        var lower = text.Substring(1, comma - 1).Trim();
        var upper = text.Substring(comma + 1, text.Length - comma - 2).Trim();
        if (text[0] == '(' || lower.Length == 0)
        {
            return PinKind.OpenRange;
        }

        return upper.Length == 0 ? PinKind.Pinned : PinKind.BoundedRange;
    }
}
