using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Documentation;

/// <summary>How far outside its declaration a type or member can be used, from the widest to the narrowest.</summary>
internal enum ApiVisibility
{
    /// <summary>Anyone outside the assembly.</summary>
    Public = 0,

    /// <summary>Types derived outside the assembly: protected or protected internal in an unsealed type.</summary>
    Protected = 1,

    /// <summary>Only code of the same assembly.</summary>
    Internal = 2,

    /// <summary>Only the declaring type (or a sealed type's protected members, which nothing outside can reach).</summary>
    Private = 3,
}

/// <summary>
/// Which declared symbols are API members that need an XML documentation comment (AEOS1005/1006):
/// types, methods, constructors, operators, conversions, properties, indexers, events, fields and enum
/// members that someone declared in source. Not counted: overrides (their documentation is the base
/// member's), explicit interface implementations (not reachable through the type), destructors, static
/// constructors, accessors, and everything the compiler declares implicitly, including the properties
/// and the primary constructor of a record or class with a parameter list, which are documented by the
/// type's own comment and its <c>&lt;param&gt;</c> tags.
/// </summary>
internal static class ApiMembers
{
    /// <summary>True when <paramref name="symbol"/> is a kind of declaration AEOS1005/1006 look at.</summary>
    public static bool IsCandidate(ISymbol symbol)
    {
        if (symbol.IsImplicitlyDeclared || symbol.IsOverride || !symbol.Locations.Any(l => l.IsInSource))
        {
            return false;
        }

        return IsDocumentableKind(symbol);
    }

    /// <summary>Among the declarations in source that are not overrides, those of a kind that is documented.</summary>
    private static bool IsDocumentableKind(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => IsDocumentableType(type),
        IMethodSymbol method => IsDocumentableMethod(method),
        IPropertySymbol property => property.ExplicitInterfaceImplementations.IsEmpty && !IsDeclaredByParameter(property),
        IEventSymbol @event => @event.ExplicitInterfaceImplementations.IsEmpty,
        IFieldSymbol field => field.AssociatedSymbol is null && !IsDeclaredByParameter(field),
        _ => false,
    };

    /// <summary>True when a member of <paramref name="visibility"/> belongs to the API under <paramref name="scope"/>.</summary>
    public static bool IsInScope(ApiVisibility visibility, DocumentationScope scope) => scope switch
    {
        DocumentationScope.Public => visibility == ApiVisibility.Public,
        DocumentationScope.Protected => visibility <= ApiVisibility.Protected,
        DocumentationScope.Internal => visibility <= ApiVisibility.Internal,
        _ => false,
    };

    /// <summary>The effective visibility: the narrowest along the chain of containing types.</summary>
    public static ApiVisibility VisibilityOf(ISymbol symbol)
    {
        var result = ApiVisibility.Public;
        for (var current = symbol; current is not null; current = current.ContainingType)
        {
            var own = OwnVisibility(current);
            if (own > result)
            {
                result = own;
            }
        }

        return result;
    }

    /// <summary>Where a diagnostic about the symbol goes: the name in its first declaration in source.</summary>
    public static Location? ReportLocation(ISymbol symbol) => symbol.Locations.FirstOrDefault(l => l.IsInSource);

    private static ApiVisibility OwnVisibility(ISymbol symbol)
    {
        var derivable = symbol.ContainingType is { IsSealed: false, IsStatic: false };
        return symbol.DeclaredAccessibility switch
        {
            Accessibility.Public => ApiVisibility.Public,
            Accessibility.Protected => derivable ? ApiVisibility.Protected : ApiVisibility.Private,
            Accessibility.ProtectedOrInternal => derivable ? ApiVisibility.Protected : ApiVisibility.Internal,
            Accessibility.Internal or Accessibility.ProtectedAndInternal => ApiVisibility.Internal,
            _ => ApiVisibility.Private,
        };
    }

    private static bool IsDocumentableType(INamedTypeSymbol type) =>
        !type.IsScriptClass
        && !type.IsImplicitClass
        && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface or TypeKind.Enum or TypeKind.Delegate;

    private static bool IsDocumentableMethod(IMethodSymbol method)
    {
        switch (method.MethodKind)
        {
            case MethodKind.Ordinary:
                // A partial method is looked at once, through its defining declaration.
                return method.PartialDefinitionPart is null && method.ExplicitInterfaceImplementations.IsEmpty;
            case MethodKind.Constructor:
                return !method.IsStatic && !IsPrimaryConstructor(method);
            case MethodKind.UserDefinedOperator:
            case MethodKind.Conversion:
                return true;
            default:
                return false;
        }
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor) =>
        constructor.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax);

    private static bool IsDeclaredByParameter(ISymbol symbol) =>
        symbol.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ParameterSyntax);
}
