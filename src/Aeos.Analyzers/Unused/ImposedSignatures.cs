using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// Signatures of AEOS2004 that a convention imposes, found from the symbol and the syntax of its type, without a
/// semantic model: a uniform family of methods (visitors, handlers of a dispatch table), and a method whose IDE0060
/// (the IDE's unused-parameter rule) the team has already suppressed, with its reason.
/// </summary>
internal static class ImposedSignatures
{
    /// <summary>How many other methods of the type must share the signature for it to be a family.</summary>
    internal const int FamilyPeers = 2;

    /// <summary>
    /// True when the type declares at least <see cref="FamilyPeers"/> other ordinary methods with the same return
    /// type and the same parameter types and ref kinds, in order, and at least one of them mentions its own
    /// parameter at <paramref name="ordinal"/> in its body: the parameter is part of the family's contract.
    /// </summary>
    public static bool IsInUniformFamily(IMethodSymbol method, int ordinal, CancellationToken cancellationToken)
    {
        if (method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        var peers = method.ContainingType.GetMembers().OfType<IMethodSymbol>()
            .Where(other => !SymbolEqualityComparer.Default.Equals(other, method) && HasSameSignature(other, method))
            .ToList();
        return peers.Count >= FamilyPeers && peers.Any(peer => MentionsParameter(peer, ordinal, cancellationToken));
    }

    /// <summary>
    /// True when a <c>[SuppressMessage]</c> (or <c>[UnconditionalSuppressMessage]</c>) for IDE0060 is on the
    /// method, or on a method or type around it: the parameters were kept on purpose.
    /// </summary>
    public static bool SuppressesIde0060(IMethodSymbol method)
    {
        for (ISymbol? current = method; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.GetAttributes().Any(IsIde0060Suppression))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a comment before the function switches another tool's unused-parameter check off for it
    /// (<c>// ReSharper disable once UnusedParameter.Local</c>): the author has already said the parameter stays.
    /// </summary>
    public static bool SuppressedByComment(SyntaxNode function) =>
        function.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia)
            && t.ToString().IndexOf("ReSharper disable", StringComparison.Ordinal) >= 0
            && t.ToString().IndexOf("UnusedParameter", StringComparison.Ordinal) >= 0);

    private static bool IsIde0060Suppression(AttributeData attribute) =>
        attribute.AttributeClass?.Name is "SuppressMessageAttribute" or "UnconditionalSuppressMessageAttribute"
        && attribute.ConstructorArguments.Length == 2
        && attribute.ConstructorArguments[1].Value is string checkId
        && checkId.StartsWith("IDE0060", StringComparison.OrdinalIgnoreCase);

    private static bool HasSameSignature(IMethodSymbol other, IMethodSymbol method) =>
        other.MethodKind == MethodKind.Ordinary
        && other.Parameters.Length == method.Parameters.Length
        && SymbolEqualityComparer.Default.Equals(other.ReturnType, method.ReturnType)
        && other.Parameters.Zip(method.Parameters, (a, b) => a.RefKind == b.RefKind && SymbolEqualityComparer.Default.Equals(a.Type, b.Type)).All(same => same);

    /// <summary>The peer's body names its parameter at <paramref name="ordinal"/> (not as the member of another object).</summary>
    private static bool MentionsParameter(IMethodSymbol peer, int ordinal, CancellationToken cancellationToken)
    {
        var name = peer.Parameters[ordinal].Name;
        foreach (var reference in peer.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MethodDeclarationSyntax declaration
                && ((SyntaxNode?)declaration.Body ?? declaration.ExpressionBody) is { } body
                && body.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == name && IsStandalone(n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Not <c>x.name</c>, <c>?.name</c> nor the name of a named argument.</summary>
    private static bool IsStandalone(IdentifierNameSyntax name) => name.Parent switch
    {
        MemberAccessExpressionSyntax access => access.Name != name,
        MemberBindingExpressionSyntax => false,
        NameColonSyntax => false,
        _ => true,
    };
}
