using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3005: a process started with a file name or argument string that is not a constant:
/// <c>Process.Start(fileName[, arguments])</c>, <c>new ProcessStartInfo(fileName[, arguments])</c>, and
/// assignments to <c>ProcessStartInfo.FileName</c> or <c>.Arguments</c>. Values that cannot carry text
/// (numbers, GUIDs, enums) and <c>ArgumentList</c>, which passes each argument unparsed, are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcessCommandLineAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ProcessCommandLine);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var process = start.Compilation.GetTypeByMetadataName("System.Diagnostics.Process");
            var startInfo = start.Compilation.GetTypeByMetadataName("System.Diagnostics.ProcessStartInfo");
            if (process is null || startInfo is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeArgument(c, process, startInfo), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, startInfo), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol process, INamedTypeSymbol startInfo)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String, Name: "fileName" or "arguments" } parameter
            || parameter.ContainingSymbol is not IMethodSymbol method)
        {
            return;
        }

        if (StartingApi(method, process, startInfo) is { } api)
        {
            Analyze(context, argument.Value, parameter.Name == "fileName" ? "file name" : "argument string", api);
        }
    }

    /// <summary>"Process.Start" or "new ProcessStartInfo" when the method is one of them, else null.</summary>
    private static string? StartingApi(IMethodSymbol method, INamedTypeSymbol process, INamedTypeSymbol startInfo)
    {
        if (method.Name == "Start" && method.IsStatic && SymbolEqualityComparer.Default.Equals(method.ContainingType, process))
        {
            return "Process.Start";
        }

        return method.MethodKind == MethodKind.Constructor && SymbolEqualityComparer.Default.Equals(method.ContainingType, startInfo)
            ? "new ProcessStartInfo"
            : null;
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol startInfo)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (SecurityDiagnostics.AssignedProperty(assignment) is { Name: "FileName" or "Arguments" } property
            && SymbolEqualityComparer.Default.Equals(property.ContainingType, startInfo))
        {
            Analyze(context, assignment.Value, property.Name == "FileName" ? "file name" : "argument string", "ProcessStartInfo." + property.Name);
        }
    }

    private static void Analyze(OperationAnalysisContext context, IOperation value, string part, string api)
    {
        var root = value;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        if (NonConstantText.CarriesData(value, root))
        {
            context.ReportDiagnostic(SecurityDiagnostics.Create(
                DiagnosticDescriptors.ProcessCommandLine, context.Operation, context.ContainingSymbol, value.Syntax.GetLocation(), part, part, api));
        }
    }
}
