using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4004: <c>s += …</c> on a string inside a loop, where <c>s</c> outlives the iteration (declared
/// outside the loop, a parameter, a field or property not reached through the loop's own variables).
/// Loops that cannot run twice are ignored.
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

    /// <summary>The variable, parameter, field or property an assignment target stands for, or null when it is reached through something else.</summary>
    internal static ISymbol? TargetSymbol(IOperation target, out IOperation? instance)
    {
        instance = null;
        switch (target)
        {
            case ILocalReferenceOperation local:
                return local.Local;
            case IParameterReferenceOperation parameter:
                return parameter.Parameter;
            case IFieldReferenceOperation field:
                instance = field.Instance;
                return field.Field;
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                instance = property.Instance;
                return property.Property;
            default:
                return null;
        }
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var assignment = (ICompoundAssignmentOperation)context.Operation;
        if (assignment.OperatorKind != BinaryOperatorKind.Add || assignment.Target.Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var loop = EnclosingCode.RepeatingLoops(assignment).FirstOrDefault(l => !EnclosingCode.RunsAtMostOnce(l) && OutlivesIteration(assignment.Target, l));
        if (loop is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.StringConcatenationInLoop,
                assignment.Syntax.GetLocation(),
                assignment.Target.Syntax.ToString()));
        }
    }

    /// <summary>True when the target keeps its value from one iteration of <paramref name="loop"/> to the next.</summary>
    private static bool OutlivesIteration(IOperation target, ILoopOperation loop)
    {
        var current = target;
        while (true)
        {
            var symbol = TargetSymbol(current, out var instance);
            if (symbol is null)
            {
                return current is IInstanceReferenceOperation;
            }

            if (symbol is ILocalSymbol or IParameterSymbol)
            {
                return !EnclosingCode.IsDeclaredInside(symbol, loop);
            }

            if (instance is null)
            {
                return true; // a static field or property
            }

            current = instance;
        }
    }
}
