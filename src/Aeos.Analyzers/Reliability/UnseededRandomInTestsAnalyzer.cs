using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4011: in a test project (<c>build_property.IsTestProject = true</c>), <c>new Random()</c> without a seed,
/// <c>Random.Shared</c>, and <c>new Random(seed)</c> whose seed reads a value that changes between runs
/// (<see cref="NondeterministicSources"/>). Constant seeds, seeds from parameters, fields or other code are
/// not reported, nor subclasses of <c>Random</c>, nor <c>nameof</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnseededRandomInTestsAnalyzer : DiagnosticAnalyzer
{
    private const string TestProjectProperty = "build_property.IsTestProject";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnseededRandomInTests);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var random = start.Compilation.GetTypeByMetadataName("System.Random");
            if (random is null || !IsTestProject(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeCreation(c, random), OperationKind.ObjectCreation);
            start.RegisterOperationAction(c => AnalyzeShared(c, random), OperationKind.PropertyReference);
        });
    }

    private static bool IsTestProject(AnalyzerConfigOptions options) =>
        options.TryGetValue(TestProjectProperty, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    private static void AnalyzeCreation(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(creation.Type, random) || creation.Constructor is null)
        {
            return;
        }

        if (creation.Arguments.Length == 0)
        {
            Report(context, creation, "'new Random()' without a seed");
            return;
        }

        var source = creation.Arguments[0].Value.DescendantsAndSelf().Select(NondeterministicSources.Name).FirstOrDefault(n => n is not null);
        if (source is not null)
        {
            Report(context, creation, "A generator seeded from '" + source + "'");
        }
    }

    private static void AnalyzeShared(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (NondeterministicSources.IsShared(reference.Property, random) && !NondeterministicSources.IsInNameOf(reference))
        {
            Report(context, reference, "'Random.Shared'");
        }
    }

    private static void Report(OperationAnalysisContext context, IOperation operation, string what) =>
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnseededRandomInTests,
            operation.Syntax.GetLocation(),
            ContainingSymbols.PropertiesFor(operation, context.ContainingSymbol),
            what));
}
