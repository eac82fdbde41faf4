using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3009's data tables: a long Base64 or hex constant decoded once into a static field or property (its
/// initializer, or an assignment in the static constructor) is data, unless it decodes to an executable or
/// the member is passed to a <see cref="PayloadSinks">sink</see>.
/// </summary>
internal static class DecodedData
{
    private const string Base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string HexDigits = "0123456789abcdef";

    /// <summary>File signatures of executables and scripts: data tables do not start with them.</summary>
    private static readonly (string Name, byte[] Bytes)[] Signatures =
    {
        ("a Windows executable (MZ header)", new byte[] { 0x4D, 0x5A }),
        ("an ELF executable", new byte[] { 0x7F, 0x45, 0x4C, 0x46 }),
        ("a Mach-O executable", new byte[] { 0xCF, 0xFA, 0xED, 0xFE }),
        ("a Mach-O executable", new byte[] { 0xCE, 0xFA, 0xED, 0xFE }),
        ("a Mach-O or Java class file", new byte[] { 0xCA, 0xFE, 0xBA, 0xBE }),
        ("a script (#!)", new byte[] { 0x23, 0x21 }),
    };

    /// <summary>
    /// True when <paramref name="decode"/> is stored into a static field or property: its initializer, or a
    /// static constructor's assignment to a static member of its type. A lambda or a sink on the way means it
    /// is not data.
    /// </summary>
    public static bool IsDataTable(IInvocationOperation decode, ISymbol containingSymbol, PayloadSinks sinks)
    {
        IOperation current = decode;
        for (var parent = decode.Parent; parent is not null; current = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation field:
                    return field.InitializedFields.All(f => f.IsStatic);
                case IPropertyInitializerOperation property:
                    return property.InitializedProperties.All(p => p.IsStatic);
                case ISimpleAssignmentOperation assignment when assignment.Value == current:
                    return IsStaticConstructorStore(assignment.Target, containingSymbol);
                case IAnonymousFunctionOperation or ILocalFunctionOperation:
                    return false;
                case IInvocationOperation invocation when sinks.IsSink(invocation.TargetMethod):
                    return false;
                case IObjectCreationOperation creation when sinks.IsSink(creation.Constructor):
                    return false;
            }
        }

        return false;
    }

    /// <summary>What the decoded text starts with when it is an executable or a script (<c>a Windows executable (MZ header)</c>), or null.</summary>
    public static string? ExecutableSignature(string text, bool isBase64)
    {
        var head = isBase64 ? Head(text, 4, Base64Digits, 6) : Head(text.ToLowerInvariant(), 4, HexDigits, 4);
        return head is null ? null : Signatures.FirstOrDefault(s => s.Bytes.Select((b, i) => head[i] == b).All(same => same)).Name;
    }

    /// <summary>
    /// The constant decoded into a static field or property, by its initializer or an assignment in the
    /// static constructor (<c>Convert.FromBase64String</c>/<c>FromHexString</c> of a literal or of a
    /// <c>const</c> of the member's type, at least the reported length), or null.
    /// </summary>
    public static (string Text, string Format)? DecodedInto(ISymbol member, CancellationToken cancellationToken)
    {
        if (!member.IsStatic || member is not (IFieldSymbol or IPropertySymbol))
        {
            return null;
        }

        return Stores(member, cancellationToken)
            .SelectMany(value => value.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            .Select(invocation => Decoded(invocation, member.ContainingType))
            .FirstOrDefault(decoded => decoded is not null);
    }

    private static bool IsStaticConstructorStore(IOperation target, ISymbol containingSymbol)
    {
        var member = target switch
        {
            IFieldReferenceOperation field => (ISymbol)field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        return member is { IsStatic: true } && containingSymbol is IMethodSymbol { MethodKind: MethodKind.StaticConstructor } constructor
            && SymbolEqualityComparer.Default.Equals(member.ContainingType, constructor.ContainingType);
    }

    /// <summary>The first <paramref name="bytes"/> bytes of text written in digits of <paramref name="bits"/> bits each; null when it does not start with them.</summary>
    private static byte[]? Head(string text, int bytes, string digits, int bits)
    {
        var values = text.Where(c => !char.IsWhiteSpace(c)).Take(((bytes * 8) + bits - 1) / bits).Select(c => digits.IndexOf(c)).ToArray();
        if (values.Length * bits < bytes * 8 || values.Any(v => v < 0))
        {
            return null;
        }

        var head = new byte[bytes];
        for (var bit = 0; bit < bytes * 8; bit++)
        {
            var value = values[bit / bits] >> (bits - 1 - (bit % bits));
            head[bit / 8] |= (byte)((value & 1) << (7 - (bit % 8)));
        }

        return head;
    }

    /// <summary>The values stored into <paramref name="member"/>: its initializer, and what the static constructors assign to its name.</summary>
    private static IEnumerable<ExpressionSyntax> Stores(ISymbol member, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            var value = reference.GetSyntax(cancellationToken) switch
            {
                VariableDeclaratorSyntax variable => variable.Initializer?.Value,
                PropertyDeclarationSyntax property => property.Initializer?.Value,
                _ => null,
            };
            if (value is not null)
            {
                yield return value;
            }
        }

        foreach (var constructor in member.ContainingType.StaticConstructors.SelectMany(c => c.DeclaringSyntaxReferences))
        {
            foreach (var assignment in constructor.GetSyntax(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (NameOf(assignment.Left) == member.Name)
                {
                    yield return assignment.Right;
                }
            }
        }
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary><c>Convert.FromBase64String(x)</c> or <c>Convert.FromHexString(x)</c> of a long constant: the constant and its format.</summary>
    private static (string Text, string Format)? Decoded(InvocationExpressionSyntax invocation, INamedTypeSymbol type)
    {
        if (invocation.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FromBase64String" or "FromHexString" } access
            || NameOf(access.Expression) != "Convert" || invocation.ArgumentList.Arguments.Count != 1)
        {
            return null;
        }

        var text = ConstantText(invocation.ArgumentList.Arguments[0].Expression, type);
        var format = access.Name.Identifier.ValueText == "FromBase64String" ? "Base64" : "hex";
        return text is { Length: >= ObfuscatedPayloadAnalyzer.MinimumEncodedLength } ? (text, format) : null;
    }

    /// <summary>A string literal, or the value of a <c>const</c> of <paramref name="type"/> named by an identifier.</summary>
    private static string? ConstantText(ExpressionSyntax expression, INamedTypeSymbol type) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        IdentifierNameSyntax name => type.GetMembers(name.Identifier.ValueText).OfType<IFieldSymbol>()
            .Select(f => f.HasConstantValue ? f.ConstantValue as string : null).FirstOrDefault(),
        _ => null,
    };
}
