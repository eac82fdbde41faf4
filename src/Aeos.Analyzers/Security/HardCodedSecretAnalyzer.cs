using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3008: a secret written in a string literal: a known key format anywhere (AWS key, private key
/// block, tokens, a connection-string password), or a high-entropy value given to a credential-named
/// field, property, variable, parameter or attribute argument. The message names the kind of secret and the
/// symbol, never the value; the properties hold only the containing symbol and the kind.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedSecretAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.HardCodedSecret);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.StringLiteralExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        var value = literal.Token.ValueText;
        if (value.Length < 8)
        {
            return;
        }

        var target = TargetName(literal);
        var known = SecretPatterns.FindKnownFormat(value);
        if (known is { } format)
        {
            Report(context, literal, format.Kind, format.Description, target);
        }
        else if (target is not null && SecretPatterns.IsCredentialName(target) && SecretPatterns.LooksLikeSecret(value))
        {
            Report(context, literal, "CredentialValue", "high-entropy value", target);
        }
    }

    /// <summary>The name the literal is given to: a variable, field, property, assigned member, named argument.</summary>
    internal static string? TargetName(ExpressionSyntax literal)
    {
        var node = literal.Parent;
        return node switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax variable } => variable.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: ParameterSyntax parameter } => parameter.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            AssignmentExpressionSyntax assignment when assignment.Right == literal => LastName(assignment.Left),
            ArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            AttributeArgumentSyntax { NameEquals: { } nameEquals } => nameEquals.Name.Identifier.ValueText,
            AttributeArgumentSyntax { NameColon: { } nameColon } => nameColon.Name.Identifier.ValueText,
            _ => null,
        };
    }

    private static string? LastName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } when arguments[0].Expression is LiteralExpressionSyntax key
            && key.IsKind(SyntaxKind.StringLiteralExpression) => key.Token.ValueText,
        _ => null,
    };

    private static void Report(SyntaxNodeAnalysisContext context, LiteralExpressionSyntax literal, string kind, string description, string? target)
    {
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.Symbol, SecurityDiagnostics.ContainingId(context))
            .Add(DiagnosticProperties.Kind, kind);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.HardCodedSecret,
            literal.GetLocation(),
            properties,
            description,
            target is null ? string.Empty : " in '" + target + "'"));
    }
}
