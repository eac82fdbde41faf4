using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3010: a TLS certificate validation callback that accepts every certificate. A callback is a lambda,
/// anonymous method or method group taking an <c>SslPolicyErrors</c> and returning <c>bool</c> whose every
/// return is the constant <c>true</c>; wherever it goes (<c>ServicePointManager</c>, <c>HttpClientHandler</c>,
/// <c>SslClientAuthenticationOptions</c>, an <c>SslStream</c> constructor). Using
/// <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c> is reported too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CertificateValidationDisabledAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CertificateValidationDisabled);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var policyErrors = start.Compilation.GetTypeByMetadataName("System.Net.Security.SslPolicyErrors");
            if (policyErrors is null)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeLambda(c, policyErrors), OperationKind.AnonymousFunction);
            start.RegisterOperationAction(c => AnalyzeMethodGroup(c, policyErrors), OperationKind.MethodReference);
            start.RegisterOperationAction(AnalyzeAcceptAny, OperationKind.PropertyReference);
        });
    }

    private static void AnalyzeLambda(OperationAnalysisContext context, INamedTypeSymbol policyErrors)
    {
        var lambda = (IAnonymousFunctionOperation)context.Operation;
        if (IsValidationCallback(lambda.Symbol, policyErrors) && AlwaysReturnsTrue(lambda.Body))
        {
            Report(context, lambda);
        }
    }

    private static void AnalyzeMethodGroup(OperationAnalysisContext context, INamedTypeSymbol policyErrors)
    {
        var reference = (IMethodReferenceOperation)context.Operation;
        if (reference.Parent is IDelegateCreationOperation && IsValidationCallback(reference.Method, policyErrors)
            && reference.Method.DeclaringSyntaxReferences.Length == 1
            && AlwaysReturnsTrue(reference.Method.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken)))
        {
            Report(context, reference);
        }
    }

    private static void AnalyzeAcceptAny(OperationAnalysisContext context)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        if (reference.Property is { Name: "DangerousAcceptAnyServerCertificateValidator", IsStatic: true }
            && reference.Property.ContainingType.ToDisplayString() == "System.Net.Http.HttpClientHandler")
        {
            Report(context, reference);
        }
    }

    private static bool IsValidationCallback(IMethodSymbol method, INamedTypeSymbol policyErrors) =>
        method.ReturnType.SpecialType == SpecialType.System_Boolean
        && method.Parameters.Any(p => SymbolEqualityComparer.Default.Equals(p.Type, policyErrors));

    private static bool AlwaysReturnsTrue(IBlockOperation body)
    {
        var returns = body.Descendants()
            .Where(o => o is IReturnOperation && !IsInNestedFunction(o, body))
            .Cast<IReturnOperation>()
            .ToList();
        return returns.Count > 0 && returns.All(r => r.ReturnedValue?.ConstantValue is { HasValue: true, Value: true });
    }

    private static bool IsInNestedFunction(IOperation operation, IOperation body)
    {
        for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A declared method whose body is <c>=> true</c> or <c>{ return true; }</c>.</summary>
    private static bool AlwaysReturnsTrue(SyntaxNode declaration)
    {
        var (expressionBody, block) = declaration switch
        {
            MethodDeclarationSyntax method => (method.ExpressionBody, method.Body),
            LocalFunctionStatementSyntax local => (local.ExpressionBody, local.Body),
            _ => (null, null),
        };
        var returned = expressionBody?.Expression
            ?? (block?.Statements is { Count: 1 } statements && statements[0] is ReturnStatementSyntax ret ? ret.Expression : null);
        return returned is not null && returned.IsKind(SyntaxKind.TrueLiteralExpression);
    }

    private static void Report(OperationAnalysisContext context, IOperation callback) =>
        context.ReportDiagnostic(SecurityDiagnostics.Create(
            DiagnosticDescriptors.CertificateValidationDisabled,
            context.Operation,
            context.ContainingSymbol,
            callback.Syntax.GetLocation(),
            "AcceptAny",
            Target(callback)));

    /// <summary>Where the callback goes: the property it is assigned to or the parameter it is passed as.</summary>
    private static string Target(IOperation callback)
    {
        var value = callback.Parent is IDelegateCreationOperation creation ? creation : callback;
        while (value.Parent is IConversionOperation or IDelegateCreationOperation)
        {
            value = value.Parent;
        }

        return value.Parent switch
        {
            IAssignmentOperation { Target: IPropertyReferenceOperation p } => "'" + p.Property.ContainingType.Name + "." + p.Property.Name + "'",
            IAssignmentOperation { Target: IEventReferenceOperation e } => "'" + e.Event.ContainingType.Name + "." + e.Event.Name + "'",
            IArgumentOperation { Parameter: { } parameter } => "The '" + parameter.Name + "' argument of '" + parameter.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'",
            _ => callback is IPropertyReferenceOperation p ? "'HttpClientHandler." + p.Property.Name + "'" : "A certificate validation callback",
        };
    }
}
