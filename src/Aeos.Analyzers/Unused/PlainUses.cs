using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// Uses of a parameter that the syntax alone settles, so that AEOS2004 binds only what is in doubt. A name in the
/// function's own body, standing alone (not <c>x.name</c>, <c>?.name</c>, a named argument, the left side of an
/// object initializer or of <c>new { name = … }</c>, a label, a type's position), outside any lambda, anonymous method or local
/// function (whose own parameters and locals may shadow it), can only be the parameter: C# forbids a local of the
/// same name in the same function. A parameter whose type is spelled like it (<c>Color Color</c>) is left to the
/// semantic model, since <c>Color.Red</c> may then name the type.
/// </summary>
internal static class PlainUses
{
    /// <summary>True when one of <paramref name="sameName"/> is, by its syntax alone, a use of <paramref name="parameter"/>.</summary>
    public static bool AnyPlain(ParameterSyntax parameter, IEnumerable<IdentifierNameSyntax> sameName) =>
        !SpellsItsType(parameter) && sameName.Any(name => StandsAlone(name) && !InNestedFunction(name, parameter.Parent?.Parent));

    private static bool SpellsItsType(ParameterSyntax parameter) =>
        parameter.Type is { } type && type.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == parameter.Identifier.ValueText);

    /// <summary>Parents under which the name is not the parameter: a member's name, a named argument, a label, a type.</summary>
    private static readonly HashSet<SyntaxKind> NotAlone = new()
    {
        SyntaxKind.MemberBindingExpression, SyntaxKind.NameColon, SyntaxKind.NameEquals, SyntaxKind.GotoStatement,
        SyntaxKind.TypeArgumentList, SyntaxKind.VariableDeclaration, SyntaxKind.ObjectCreationExpression, SyntaxKind.CastExpression,
        SyntaxKind.TypeOfExpression, SyntaxKind.DeclarationExpression, SyntaxKind.DeclarationPattern, SyntaxKind.ArrayType,
        SyntaxKind.NullableType,
    };

    private static bool StandsAlone(IdentifierNameSyntax name) => name.Parent switch
    {
        null => false,
        MemberAccessExpressionSyntax access => access.Name != name,
        QualifiedNameSyntax qualified => qualified.Right != name,
        AssignmentExpressionSyntax assignment => assignment.Left != name || assignment.Parent is not InitializerExpressionSyntax,
        var parent => !NotAlone.Contains(parent.Kind()),
    };

    /// <summary>Inside a lambda, an anonymous method or a local function nested in <paramref name="function"/>, where shadowing is allowed.</summary>
    private static bool InNestedFunction(SyntaxNode name, SyntaxNode? function)
    {
        for (var current = name.Parent; current is not null && current != function; current = current.Parent)
        {
            switch (current)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return true;
                case MemberDeclarationSyntax:
                    return false;
            }
        }

        return false;
    }
}
