using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4004: <c>s += …</c> on a string inside a loop, where <c>s</c> outlives the iteration (declared
/// outside the loop, a parameter, a field or property not reached through the loop's own variables).
/// Loops that cannot run twice, and loops over a small written-out table (<see cref="FixedSizeCollections"/>), are ignored.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StringConcatenationInLoopAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.StringConcatenationInLoop);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(Analyze, OperationKind.CompoundAssignment);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var assignment = (ICompoundAssignmentOperation)context.Operation;
        if (assignment.OperatorKind != BinaryOperatorKind.Add || assignment.Target.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var loop = EnclosingCode.RepeatingLoops(assignment).FirstOrDefault(l =>
            EnclosingCode.IsLoopInvariant(assignment.Target, l) && !EnclosingCode.RunsAtMostOnce(l) && !FixedSizeCollections.IsOverSmallFixedCollection(l));
        if (loop is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.StringConcatenationInLoop,
                assignment.Syntax.GetLocation(),
                ContainingSymbols.PropertiesFor(assignment, context.ContainingSymbol),
                assignment.Target.Syntax.ToString()));
        }
    }
}
