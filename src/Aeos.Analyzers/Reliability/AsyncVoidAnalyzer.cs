using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4006: an <c>async void</c> method or local function that is not an event handler. Event-handler
/// shapes (<c>(object, XxxEventArgs)</c>), overrides and interface implementations keep the signature
/// they were given and are not reported; async lambdas are not reported (they are usually handlers).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.AsyncVoid);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var eventArgs = start.Compilation.GetTypeByMetadataName("System.EventArgs");
            start.RegisterSymbolAction(c => AnalyzeMethod(c, eventArgs), SymbolKind.Method);
            start.RegisterOperationAction(c => AnalyzeLocalFunction(c, eventArgs), OperationKind.LocalFunction);
        });
    }

    /// <summary>True for <c>(object sender, TEventArgs e)</c> where the second type is or derives from <c>EventArgs</c>, or is named <c>…EventArgs</c>.</summary>
    internal static bool IsEventHandlerShape(IMethodSymbol method, INamedTypeSymbol? eventArgs)
    {
        if (method.Parameters.Length != 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_Object)
        {
            return false;
        }

        var second = method.Parameters[1].Type;
        if (second.Name.EndsWith("EventArgs", System.StringComparison.Ordinal))
        {
            return true;
        }

        for (var current = second; current is not null && eventArgs is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, eventArgs))
            {
                return true;
            }
        }

        return false;
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, INamedTypeSymbol? eventArgs)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (!IsCandidate(method, eventArgs) || method.MethodKind != MethodKind.Ordinary || method.IsOverride || IsPartial(method) || ImplementsInterface(method))
        {
            return;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration)
            {
                Report(context.ReportDiagnostic, declaration.Identifier.GetLocation(), method);
            }
        }
    }

    private static void AnalyzeLocalFunction(OperationAnalysisContext context, INamedTypeSymbol? eventArgs)
    {
        var function = (ILocalFunctionOperation)context.Operation;
        if (IsCandidate(function.Symbol, eventArgs) && function.Syntax is LocalFunctionStatementSyntax syntax)
        {
            Report(context.ReportDiagnostic, syntax.Identifier.GetLocation(), function.Symbol);
        }
    }

    private static bool IsCandidate(IMethodSymbol method, INamedTypeSymbol? eventArgs) =>
        method.IsAsync && method.ReturnsVoid && !IsEventHandlerShape(method, eventArgs);

    private static bool IsPartial(IMethodSymbol method) => method.PartialDefinitionPart is not null || method.PartialImplementationPart is not null;

    private static bool ImplementsInterface(IMethodSymbol method) =>
        method.ExplicitInterfaceImplementations.Length > 0
        || method.ContainingType.AllInterfaces.Any(i => i.GetMembers(method.Name).Any(m =>
            SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(m), method)));

    private static void Report(System.Action<Diagnostic> report, Location location, IMethodSymbol method) =>
        report(Diagnostic.Create(
            DiagnosticDescriptors.AsyncVoid,
            location,
            ContainingSymbols.PropertiesFor(method),
            method.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
}
