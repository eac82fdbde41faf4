using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Aeos.Analyzers.Tests.Verifiers;

/// <summary>
/// The code-fix side of the verifier layer, with the same defaults as <see cref="CSharpAnalyzerVerifier{TAnalyzer}"/>.
/// Test files alias it: <c>using Verify = CSharpCodeFixVerifier&lt;TheAnalyzer, TheFix&gt;;</c>. The
/// testing library also runs the fix through Fix All in document, project and solution.
/// </summary>
/// <typeparam name="TAnalyzer">The analyzer that reports the diagnostics.</typeparam>
/// <typeparam name="TCodeFix">The fix under test.</typeparam>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) =>
        CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(descriptor);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>The test with this repository's defaults.</summary>
    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
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
