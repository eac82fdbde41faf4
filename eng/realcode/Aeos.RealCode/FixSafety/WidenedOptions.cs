using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.RealCode.FixSafety;

/// <summary>
/// A global analyzer config added to the project for the wide fix-safety run (and the timing command's --wide): every given rule at warning,
/// documentation and unused members judged for internal code too. It outranks the package's preset.
/// </summary>
internal static class WidenedOptions
{
    /// <summary>The project with the widening config added.</summary>
    public static Project Apply(Project project, IEnumerable<string> fixableIds)
    {
        var lines = new List<string>
        {
            "is_global = true",
            "global_level = 1000",
            "aeos.documentation_scope = internal",
            "aeos.unused_members_scope = internal",
        };
        lines.AddRange(fixableIds.OrderBy(id => id, System.StringComparer.Ordinal).Select(id => "dotnet_diagnostic." + id + ".severity = warning"));
        var path = Path.Combine(Path.GetDirectoryName(project.FilePath) ?? ".", "aeos-realcode-wide.globalconfig");
        return project.AddAnalyzerConfigDocument("aeos-realcode-wide.globalconfig", SourceText.From(string.Join("\n", lines) + "\n"), filePath: path).Project;
    }
}
