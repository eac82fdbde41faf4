using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3002: code that runs without having been part of the build. Reported: calls of the C# and Visual
/// Basic scripting APIs and of <c>CodeDomProvider.CompileAssemblyFrom…</c>; loading an assembly from bytes
/// (<c>Assembly.Load(byte[])</c>, <c>AppDomain.Load(byte[])</c>, <c>AssemblyLoadContext.LoadFromStream</c>);
/// instantiating a type found by a non-constant name (<c>Activator.CreateInstance(Type.GetType(name))</c>,
/// also through a local, and <c>Activator.CreateInstance(assemblyName, typeName)</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DynamicCodeExecutionAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] ScriptingTypes =
    {
        "Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript",
        "Microsoft.CodeAnalysis.VisualBasic.Scripting.VisualBasicScript",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DynamicCodeExecution);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var scripting = ScriptingTypes.Select(start.Compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>().ToImmutableArray();
            start.RegisterOperationAction(c => Analyze(c, scripting), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, ImmutableArray<INamedTypeSymbol> scripting)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        var type = method.ContainingType?.ToDisplayString();
        if (scripting.Contains(method.ContainingType!, SymbolEqualityComparer.Default))
        {
            Report(context, "Script", method.ContainingType!.Name + "." + method.Name, "it compiles and runs C# or Visual Basic text");
        }
        else if (method.Name.StartsWith("CompileAssemblyFrom", System.StringComparison.Ordinal) && type == "System.CodeDom.Compiler.CodeDomProvider")
        {
            Report(context, "Compile", "CodeDomProvider." + method.Name, "it compiles source at run time");
        }
        else if (IsLoadFromBytes(method, type))
        {
            Report(context, "LoadBytes", method.ContainingType!.Name + "." + method.Name, "it loads an assembly from bytes, not from a signed file of the application");
        }
        else if (method.Name == "CreateInstance" && type == "System.Activator" && CreatesTypeByName(invocation))
        {
            Report(context, "CreateByName", "Activator.CreateInstance", "it instantiates a type whose name is not a constant; map allowed names to types instead");
        }
    }

    private static bool IsLoadFromBytes(IMethodSymbol method, string? type) =>
        (method.Name == "Load" && type is "System.Reflection.Assembly" or "System.AppDomain"
            && method.Parameters.FirstOrDefault()?.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        || (method.Name == "LoadFromStream" && type == "System.Runtime.Loader.AssemblyLoadContext");

    private static bool CreatesTypeByName(IInvocationOperation invocation)
    {
        var first = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        if (first is null)
        {
            return false;
        }

        if (first.Type?.SpecialType == SpecialType.System_String)
        {
            // CreateInstance(assemblyName, typeName): the type name decides.
            var typeName = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "typeName")?.Value;
            return typeName is not null && !typeName.ConstantValue.HasValue;
        }

        IOperation top = invocation;
        while (top.Parent is not null)
        {
            top = top.Parent;
        }

        return IsTypeByName(SecurityDiagnostics.WithoutConversions(first), top);
    }

    /// <summary><c>Type.GetType(name)</c> or <c>assembly.GetType(name)</c> with a non-constant name, directly or through a local.</summary>
    private static bool IsTypeByName(IOperation value, IOperation scope)
    {
        if (value is IInvocationOperation { TargetMethod.Name: "GetType" } call && call.Arguments.Length > 0)
        {
            return !call.Arguments[0].Value.ConstantValue.HasValue && call.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String;
        }

        return value is ILocalReferenceOperation local && scope.Descendants().OfType<IVariableDeclaratorOperation>().Any(d =>
            SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local) && d.Initializer is { } init
            && init.Value is not ILocalReferenceOperation && IsTypeByName(SecurityDiagnostics.WithoutConversions(init.Value), scope));
    }

    private static void Report(OperationAnalysisContext context, string kind, string what, string why) =>
        context.ReportDiagnostic(SecurityDiagnostics.Create(
            DiagnosticDescriptors.DynamicCodeExecution, context.Operation, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), kind, "'" + what + "'", why));
}
