using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Aeos.Build.Tasks.Tests;

/// <summary>
/// What a restore leaves for one small project: a packages folder with nuspecs and a
/// <c>project.assets.json</c> (format 4) that resolves, for net8.0:
/// <code>
/// App (the project)
/// ├── App.Lib 1.0.0                 → Shared 2.0.0
/// ├── Analyzer.Pack 3.0.0 (private) → Analyzer.Helper 1.0.0, Shared 2.0.0
/// ├── Tool.Dev 1.0.0+build.5 (nuspec: developmentDependency) → Tool.Helper 1.0.0
/// └── Other.Project 1.2.0 (project reference) → Shared 2.0.0
/// </code>
/// Shared ships (App.Lib needs it); Analyzer.Helper and Tool.Helper are development-only.
/// </summary>
internal sealed class SampleRestore : IDisposable
{
    private readonly TemporaryDirectory _root = new();

    public SampleRestore()
    {
        Package("App.Lib", "1.0.0", "<license type=\"expression\">MIT</license><licenseUrl>https://licenses.example.org/MIT</licenseUrl>");
        Package("Shared", "2.0.0", "<license type=\"expression\">Apache-2.0 OR GPL-2.0-only</license>");
        Package("Analyzer.Pack", "3.0.0", "<license type=\"expression\">GPL-3.0-only</license>");
        Package("Analyzer.Helper", "1.0.0", "<licenseUrl>https://example.com/license</licenseUrl>");
        Package("Tool.Dev", "1.0.0+build.5", "<license type=\"file\">docs/LICENSE.txt</license><developmentDependency>true</developmentDependency>");
        System.IO.File.WriteAllText(Path.Combine(PackageDirectory("Tool.Dev", "1.0.0+build.5"), "docs", "LICENSE.txt"), "Tool licence\r\ntext");

        // Tool.Helper has no nuspec (a folder restore did not finish): its licence is unknown.
        Directory.CreateDirectory(PackageDirectory("Tool.Helper", "1.0.0"));
        System.IO.File.WriteAllText(AssetsFile, AssetsText());
    }

    public string Root => _root.Path;

    public string PackagesFolder => _root.File("packages");

    public string AssetsFile => _root.File("project.assets.json");

    public string File(string name) => _root.File(name);

    /// <summary>The SHA-512 restore would record, base64, and what CycloneDX wants, hexadecimal.</summary>
    public static (string Base64, string Hex) Hash(string key)
    {
        var bytes = SHA512.HashData(Encoding.UTF8.GetBytes(key));
        return (Convert.ToBase64String(bytes), Convert.ToHexStringLower(bytes));
    }

    public string PackageDirectory(string id, string version) => Path.Combine(PackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant());

    public void Dispose() => _root.Dispose();

    private void Package(string id, string version, string metadata)
    {
        var directory = PackageDirectory(id, version);
        Directory.CreateDirectory(Path.Combine(directory, "docs"));
        System.IO.File.WriteAllText(
            Path.Combine(directory, id.ToLowerInvariant() + ".nuspec"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata>"
            + "<id>" + id + "</id><version>" + version + "</version>" + metadata + "</metadata></package>");
    }

    private string AssetsText() => $$"""
        {
          "version": 4,
          "targets": {
            "net8.0": {
              "App.Lib/1.0.0": { "type": "package", "dependencies": { "Shared": "2.0.0" } },
              "Shared/2.0.0": { "type": "package" },
              "Analyzer.Pack/3.0.0": { "type": "package", "dependencies": { "Analyzer.Helper": "1.0.0", "Shared": "2.0.0" } },
              "Analyzer.Helper/1.0.0": { "type": "package" },
              "Tool.Dev/1.0.0+build.5": { "type": "package", "dependencies": { "Tool.Helper": "1.0.0" } },
              "Tool.Helper/1.0.0": { "type": "package" },
              "Other.Project/1.2.0": { "type": "project", "framework": ".NETCoreApp,Version=v8.0", "dependencies": { "Shared": "2.0.0" } }
            },
            "net472": {
              "Legacy.Only/4.0.0": { "type": "package" }
            }
          },
          "libraries": {
        {{Libraries()}}
            "Other.Project/1.2.0": { "type": "project", "path": "../Other/Other.Project.csproj", "msbuildProject": "../Other/Other.Project.csproj" }
          },
          "projectFileDependencyGroups": {
            "net8.0": ["Analyzer.Pack >= 3.0.0", "App.Lib >= 1.0.0", "Other.Project >= 1.2.0", "Tool.Dev >= 1.0.0"],
            "net472": ["Legacy.Only >= 4.0.0"]
          },
          "packageFolders": { "{{PackagesFolder.Replace("\\", "/")}}/": {} },
          "project": {
            "version": "1.0.0",
            "frameworks": {
              "net8.0": {
                "targetAlias": "net8.0",
                "dependencies": {
                  "Analyzer.Pack": { "suppressParent": "All", "target": "Package", "version": "[3.0.0, )" },
                  "App.Lib": { "target": "Package", "version": "[1.0.0, )" },
                  "Tool.Dev": { "target": "Package", "version": "[1.0.0, )" }
                }
              },
              "net472": { "targetAlias": "net472", "dependencies": { "Legacy.Only": { "target": "Package", "version": "[4.0.0, )" } } }
            }
          }
        }
        """;

    private static string Libraries() =>
        string.Concat(new[] { "App.Lib/1.0.0", "Shared/2.0.0", "Analyzer.Pack/3.0.0", "Analyzer.Helper/1.0.0", "Tool.Dev/1.0.0+build.5", "Tool.Helper/1.0.0", "Legacy.Only/4.0.0" }
            .Select(key => "\"" + key + "\": { \"sha512\": \"" + Hash(key).Base64 + "\", \"type\": \"package\", \"path\": \"" + key.ToLowerInvariant() + "\" },\n"));
}
