using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Aeos.Analyzers.Tests.Fuzz;

/// <summary>The fuzzer finds what it is there to find: a throwing analyzer or fix, named by file, reduced to its cause.</summary>
public sealed class FuzzHarnessTests
{
    private const string Trigger = "Kaboom";

    private static readonly string Crashing = string.Join("\n", Enumerable.Range(0, 30).Select(i => "class C" + i + " { void M() { } }"))
        + "\nclass D { int " + Trigger + "; }\n";

    [Fact]
    public async Task AnAnalyzerExceptionIsNamedByItsFileAndReducedToTheLineThatCausesIt()
    {
        var harness = await FuzzHarness.CreateAsync(extraAnalyzers: new DiagnosticAnalyzer[] { new ThrowingAnalyzer() });
        var mutants = new[] { new Mutant("plain", "none", "class P { }"), new Mutant("crashing", "none", Crashing) };

        var report = await FuzzCampaign.RunAsync(harness, mutants);

        var (failure, reproducer) = Assert.Single(report.Crashes);
        Assert.Equal(nameof(ThrowingAnalyzer), failure.Component);
        Assert.Equal("crashing", failure.Mutant?.Seed);
        Assert.Equal("class D { int " + Trigger + "; }", reproducer.Trim());
        Assert.Contains("minimal reproducer:", report.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACrashThatNeedsTwoFilesIsReducedToThoseTwoFiles()
    {
        var harness = await FuzzHarness.CreateAsync(extraAnalyzers: new DiagnosticAnalyzer[] { new TwinAnalyzer() });
        var filler = string.Join("\n", Enumerable.Range(0, 10).Select(i => "class F" + i + " { }"));
        var mutants = new[]
        {
            new Mutant("first", "none", filler + "\nclass Twin { }\n"),
            new Mutant("plain", "none", "class P { }"),
            new Mutant("second", "none", "partial class Twin { }\n" + filler.Replace("class F", "class G", StringComparison.Ordinal)),
        };

        var report = await FuzzCampaign.RunAsync(harness, mutants);

        var (failure, reproducer) = Assert.Single(report.Crashes);
        Assert.Null(failure.Mutant);
        Assert.Equal("// ---- file from first: none\nclass Twin { }\n// ---- file from second: none\npartial class Twin { }", reproducer.Replace("\n\n", "\n", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task ACodeFixThatThrowsWhileComputingItsChangeIsACrash()
    {
        var harness = await FuzzHarness.CreateAsync(extraFixers: new CodeFixProvider[] { new ThrowingFixer() });
        var mutants = new[] { new Mutant("unused-local", "none", "class C { void M() { int unused = 1; } }") };

        var report = await FuzzCampaign.RunAsync(harness, mutants);

        var (failure, _) = Assert.Single(report.Crashes);
        Assert.Equal(nameof(ThrowingFixer) + " on " + RuleIdentifiers.UnusedLocal, failure.Component);
        Assert.IsType<NotSupportedException>(failure.Exception);
    }

    [Fact]
    public async Task TheAeosAnalyzersAndFixesRunCleanOnOrdinaryCode()
    {
        var harness = await FuzzHarness.CreateAsync();
        var mutants = new[] { new Mutant("unused-local", "none", "class C { void M() { int unused = 1; } }") };

        var report = await FuzzCampaign.RunAsync(harness, mutants);

        Assert.Empty(report.Crashes);
        Assert.Contains(harness.Fixers, f => f.FixableDiagnosticIds.Contains(RuleIdentifiers.UnusedLocal));
    }

    // A test double that is never shipped or loaded by a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1022, RS1036, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FUZZ0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(
                node =>
                {
                    if (((VariableDeclaratorSyntax)node.Node).Identifier.ValueText == Trigger)
                    {
                        throw new InvalidOperationException("The fuzzer's own crash.");
                    }
                },
                SyntaxKind.VariableDeclarator);
        }
    }

    /// <summary>Throws when a type named Twin is declared in two files: a crash no single file shows.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class TwinAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FUZZ0002", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol.Name == "Twin" && symbol.Symbol.Locations.Length > 1)
                    {
                        throw new InvalidOperationException("Twin declared in two files.");
                    }
                },
                SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1022, RS1036, RS2008

    private sealed class ThrowingFixer : CodeFixProvider
    {
        public override FixAllProvider? GetFixAllProvider() => null;

        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIdentifiers.UnusedLocal);

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            context.RegisterCodeFix(CodeAction.Create("Throw", _ => Task.FromException<Document>(new NotSupportedException("The fix's own crash.")), "Throw"), context.Diagnostics);
            return Task.CompletedTask;
        }
    }
}
