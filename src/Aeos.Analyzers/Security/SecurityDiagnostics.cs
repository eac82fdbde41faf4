using System.Collections.Immutable;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// What the security rules share: the properties every diagnostic carries (<c>symbol</c> of the function
/// for the baseline, <c>kind</c> for the code fixes) and questions about assignments and constants.
/// </summary>
internal static class SecurityDiagnostics
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, IOperation operation, ISymbol containingSymbol, Location location, string kind, params object[] arguments) =>
        Create(descriptor, operation, containingSymbol, location, PropertiesFor(operation, containingSymbol, kind), arguments);

    public static Diagnostic Create(DiagnosticDescriptor descriptor, IOperation operation, ISymbol containingSymbol, Location location, ImmutableDictionary<string, string?> properties, params object[] arguments) =>
        Diagnostic.Create(descriptor, location, properties, arguments);

    /// <summary>The <c>symbol</c> and <c>kind</c> properties every security diagnostic carries.</summary>
    public static ImmutableDictionary<string, string?> PropertiesFor(IOperation operation, ISymbol containingSymbol, string kind) =>
        ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Symbol, ContainingSymbols.IdOf(operation, containingSymbol))
            .Add(DiagnosticProperties.Kind, kind);

    /// <summary>The <c>symbol</c> of a syntax node's function: a local function around it, else the containing symbol.</summary>
    public static string ContainingId(SyntaxNodeAnalysisContext context)
    {
        var local = context.Node.FirstAncestorOrSelf<LocalFunctionStatementSyntax>();
        if (local is not null && context.SemanticModel.GetDeclaredSymbol(local, context.CancellationToken) is { } function)
        {
            return ContainingSymbols.DocumentationId(function);
        }

        return context.ContainingSymbol is { } containing ? ContainingSymbols.DocumentationId(containing) : string.Empty;
    }

    /// <summary>The property assigned by <c>x.P = value</c>, <c>{ P = value }</c> or <c>P = value</c>, or null.</summary>
    public static IPropertySymbol? AssignedProperty(ISimpleAssignmentOperation assignment) =>
        assignment.Target is IPropertyReferenceOperation reference ? reference.Property : null;

    /// <summary>True when <paramref name="type"/> is <paramref name="expected"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? expected)
    {
        for (var current = type; current is not null && expected is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, expected))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operation under implicit conversions, as written.</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
