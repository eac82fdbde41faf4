using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Contracts;

/// <summary>Compiles C# source to a real assembly on disk, so the tests read metadata the compiler wrote.</summary>
internal static class TestAssembly
{
    // The running runtime's own assemblies serve as references: enough for any API a test declares.
    private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    public static string Compile(string directory, string source, string assemblyVersion = "1.0.0.0", string name = "Sample")
    {
        var text = "[assembly: System.Reflection.AssemblyVersion(\"" + assemblyVersion + "\")]\n" + source;
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.CSharp12));
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true, deterministic: true);
        var compilation = CSharpCompilation.Create(name, new[] { tree }, References, options);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".dll");
        using (var output = File.Create(path))
        {
            var result = compilation.Emit(output);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        }

        return path;
    }
}
