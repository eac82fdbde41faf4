using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

// RS1036 asks analyzer projects for the extended analyzer rules; the reporter below is a test double.
#pragma warning disable RS1036

namespace Aeos.Analyzers.Tests.Configuration;

/// <summary>
/// When an analyzer may skip a rule's work: only where the compiler drops the rule's diagnostics. Each case is
/// checked against the compiler itself, which filters a diagnostic reported under the same options.
/// </summary>
public sealed class RuleSeverityTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs");

    private static readonly ReportDiagnostic?[] Severities =
    {
        null, ReportDiagnostic.Default, ReportDiagnostic.Suppress, ReportDiagnostic.Warn, ReportDiagnostic.Error, ReportDiagnostic.Hidden,
    };

    /// <summary>Every combination of a command-line, a file and a global setting (null: not set).</summary>
    public static TheoryData<ReportDiagnostic?, ReportDiagnostic?, ReportDiagnostic?> Settings()
    {
        var data = new TheoryData<ReportDiagnostic?, ReportDiagnostic?, ReportDiagnostic?>();
        foreach (var commandLine in Severities)
        {
            foreach (var file in Severities)
            {
                foreach (var global in Severities)
                {
                    data.Add(commandLine, file, global);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task TurnsOffExactlyWhereTheCompilerDropsTheDiagnostic(ReportDiagnostic? commandLine, ReportDiagnostic? file, ReportDiagnostic? global)
    {
        var specific = new Dictionary<string, ReportDiagnostic>();
        if (commandLine is { } value)
        {
            specific.Add("AEOS1002", value);
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions(specific)
            .WithSyntaxTreeOptionsProvider(new Provider(file, global));
        var reported = await CSharpCompilation.Create("Test", new[] { Tree }, options: options)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Reporter()))
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(reported.IsEmpty, RuleSeverity.IsTurnedOff(options, Tree, "AEOS1002", CancellationToken.None));
        Assert.False(RuleSeverity.IsTurnedOff(options, Tree, "AEOS1001", CancellationToken.None));
    }

    /// <summary>Reports AEOS1002 on every tree, for the compiler to filter.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Reporter : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CognitiveComplexity);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(tree => tree.ReportDiagnostic(
                Diagnostic.Create(DiagnosticDescriptors.CognitiveComplexity, tree.Tree.GetRoot().GetLocation(), "C", 1, 0)));
        }
    }

    /// <summary>What the compiler builds from <c>.editorconfig</c> files (per tree) and global configs.</summary>
    private sealed class Provider : SyntaxTreeOptionsProvider
    {
        private readonly ReportDiagnostic? _file;
        private readonly ReportDiagnostic? _global;

        public Provider(ReportDiagnostic? file, ReportDiagnostic? global)
        {
            _file = file;
            _global = global;
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Get(_file, diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            Get(_global, diagnosticId, out severity);

        private static bool Get(ReportDiagnostic? value, string diagnosticId, out ReportDiagnostic severity)
        {
            severity = value ?? ReportDiagnostic.Default;
            return value is not null && diagnosticId == "AEOS1002";
        }
    }
}
