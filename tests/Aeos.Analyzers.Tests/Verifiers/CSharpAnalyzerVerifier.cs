using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Aeos.Analyzers.Tests.Verifiers;

/// <summary>
/// The one verifier layer over Microsoft.CodeAnalysis.Testing: .NET 8 reference assemblies, the
/// latest language version the compiler under test knows, and `.editorconfig` text per test.
/// Test files alias it: <c>using Verify = CSharpAnalyzerVerifier&lt;TheAnalyzer&gt;;</c>.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer under test.</typeparam>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) =>
        CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(descriptor);

    /// <summary>Verifies that <paramref name="source"/> produces exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(source, editorConfig: null, expected);

    /// <summary>Same, with the options of a root `.editorconfig` (lines of <c>key = value</c> for <c>[*.cs]</c>).</summary>
    public static Task VerifyAnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        if (editorConfig is not null)
        {
            test.WithEditorConfig("/.editorconfig", editorConfig);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The test with this repository's defaults; set sources and config files on <see cref="AnalyzerTest{TVerifier}.TestState"/>.</summary>
    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
        }

        /// <summary>Adds a `.editorconfig` at <paramref name="path"/> whose <c>[*.cs]</c> section holds <paramref name="settings"/>.</summary>
        public Test WithEditorConfig(string path, string settings)
        {
            var root = path == "/.editorconfig" ? "root = true\n\n" : string.Empty;
            TestState.AnalyzerConfigFiles.Add((path, root + "[*.cs]\n" + settings + "\n"));
            return this;
        }
    }
}
