using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4007 and AEOS4008: transitional shims, the <c>TODO</c>/<c>HACK</c>/<c>FIXME</c> comments and the
/// <c>[Obsolete]</c> attributes of the project's own code, carry <c>remove-by: yyyy-MM-dd &lt;ticket&gt;</c> (AEOS4007),
/// and the date lies between the build's date and 30 days after it (AEOS4008). Generated code is not analysed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TransitionalShimAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The most days a removal date may lie after the build's date.</summary>
    internal const int MaxDaysAhead = 30;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UntrackedShim, DiagnosticDescriptors.ShimRemovalDate, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var date = BuildDate.Read(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterSyntaxTreeAction(c => AnalyzeComments(c, date));
            if (start.Compilation.GetTypeByMetadataName("System.ObsoleteAttribute") is { } obsolete)
            {
                start.RegisterSyntaxNodeAction(c => AnalyzeAttribute(c, obsolete, date), SyntaxKind.Attribute);
            }
        });
    }

    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, BuildDate date)
    {
        date.ReportInvalid(context.ReportDiagnostic);
        foreach (var comment in ShimComments.Find(context.Tree.GetRoot(context.CancellationToken)))
        {
            var subject = "The " + comment.Marker + " comment";
            Check(context.ReportDiagnostic, comment.Comment.GetLocation(), subject, comment.Text, date, ImmutableDictionary<string, string?>.Empty);
        }
    }

    private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context, INamedTypeSymbol obsolete, BuildDate date)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (!IsNamedObsolete(attribute.Name)
            || context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
            || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, obsolete))
        {
            return;
        }

        var owner = DeclaredSymbol(context.SemanticModel, attribute.Parent?.Parent, context.CancellationToken);
        if (MirrorsAnObsoleteBase(owner, obsolete) || ChainsToAnObsoleteConstructor(context.SemanticModel, attribute.Parent?.Parent, obsolete, context.CancellationToken))
        {
            // The override repeats the obsoletion of the member it overrides (SYSLIB0051 on GetObjectData):
            // the removal is the base library's to schedule, not this project's.
            return;
        }

        var subject = owner is null
            ? "The [Obsolete] attribute"
            : "The [Obsolete] attribute of '" + owner.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + "'";
        var properties = owner is null ? ImmutableDictionary<string, string?>.Empty : ContainingSymbols.PropertiesFor(owner);
        Check(context.ReportDiagnostic, attribute.GetLocation(), subject, Message(context.SemanticModel, attribute, context.CancellationToken), date, properties);
    }

    /// <summary>True for an override (or an accessor of one) whose overridden member is itself marked <c>[Obsolete]</c>.</summary>
    private static bool MirrorsAnObsoleteBase(ISymbol? owner, INamedTypeSymbol obsolete)
    {
        ISymbol? overridden = owner switch
        {
            IMethodSymbol method => method.OverriddenMethod,
            IPropertySymbol property => property.OverriddenProperty,
            IEventSymbol @event => @event.OverriddenEvent,
            _ => null,
        };
        return overridden is not null
            && overridden.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, obsolete));
    }

    /// <summary>
    /// True for a constructor that calls an <c>[Obsolete]</c> base or sibling constructor (an exception's
    /// serialization constructor calling <c>Exception(SerializationInfo, StreamingContext)</c>): it mirrors that obsoletion.
    /// </summary>
    private static bool ChainsToAnObsoleteConstructor(SemanticModel model, SyntaxNode? declaration, INamedTypeSymbol obsolete, CancellationToken cancellationToken) =>
        declaration is ConstructorDeclarationSyntax { Initializer: { } initializer }
        && model.GetSymbolInfo(initializer, cancellationToken).Symbol is IMethodSymbol called
        && called.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, obsolete));

    /// <summary>
    /// Whether the attribute is spelled <c>Obsolete</c> or <c>ObsoleteAttribute</c> (qualified or not): only those are bound,
    /// since binding every attribute of a project costs more than the rest of the rule. An alias is not followed.
    /// </summary>
    private static bool IsNamedObsolete(NameSyntax name)
    {
        var identifier = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return identifier is "Obsolete" or "ObsoleteAttribute";
    }

    /// <summary>The constant text of the attribute's message argument (the first positional one), or empty.</summary>
    private static string Message(SemanticModel model, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var argument = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && (a.NameColon is null || a.NameColon.Name.Identifier.ValueText == "message"));
        return argument is not null && model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: string text }
            ? text
            : string.Empty;
    }

    private static ISymbol? DeclaredSymbol(SemanticModel model, SyntaxNode? declaration, CancellationToken cancellationToken) => declaration switch
    {
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Select(v => model.GetDeclaredSymbol(v, cancellationToken)).FirstOrDefault(),
        MemberDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax => model.GetDeclaredSymbol(declaration, cancellationToken),
        _ => null,
    };

    private static void Check(Action<Diagnostic> report, Location location, string subject, string text, BuildDate date, ImmutableDictionary<string, string?> properties)
    {
        var plan = RemovalPlan.Parse(text);
        if (plan.Problem() is { } problem)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.UntrackedShim, location, properties, subject, problem));
        }

        if (plan.Date is { } removeBy && Lateness(removeBy, date.Today) is { } lateness)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.ShimRemovalDate, location, properties, subject, plan.DateText, lateness, date.TodayText));
        }
    }

    /// <summary>How the date misses the window [today, today + 30 days], or null when it lies in it.</summary>
    internal static string? Lateness(DateTime removeBy, DateTime today)
    {
        var days = (removeBy - today).Days;
        if (days < 0)
        {
            return Days(-days) + " ago: the shim has expired";
        }

        return days > MaxDaysAhead ? Days(days) + " from now, more than the " + MaxDaysAhead + " allowed" : null;
    }

    private static string Days(int count) => count == 1 ? "1 day" : count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " days";
}
