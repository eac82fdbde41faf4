using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Aeos.Analyzers.CodeFixes.Reliability;

/// <summary>
/// AEOS4010: reads the time from a <c>TimeProvider</c> in scope (a parameter of the enclosing method, lambda or
/// local function, or a field or property of the type, that binds at the read): <c>DateTime.UtcNow</c> becomes
/// <c>p.GetUtcNow().UtcDateTime</c>, <c>DateTimeOffset.UtcNow</c> <c>p.GetUtcNow()</c>, <c>DateTimeOffset.Now</c>
/// <c>p.GetLocalNow()</c>, <c>DateTime.Now</c> <c>p.GetUtcNow().LocalDateTime</c> (a <c>DateTime</c> of kind
/// <c>Local</c>, as before) and <c>DateTime.Today</c> <c>p.GetUtcNow().LocalDateTime.Date</c>. Not offered without one.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WallClockFixer))]
[Shared]
public sealed class WallClockFixer : CodeFixProvider
{
    private const string Title = "Read the time from the TimeProvider";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WallClockRead);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        var timeProvider = model?.Compilation.GetTypeByMetadataName("System.TimeProvider");
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax read
                || model is null || timeProvider is null
                || Replacement(model, read, timeProvider, context.CancellationToken) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(read, replacement))), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>The provider's call that gives the same value as <paramref name="read"/>, or null.</summary>
    private static ExpressionSyntax? Replacement(SemanticModel model, ExpressionSyntax read, INamedTypeSymbol timeProvider, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(read, cancellationToken).Symbol is not IPropertySymbol property
            || Suffix(property) is not { } suffix
            || Provider(model, read, timeProvider) is not { } provider)
        {
            return null;
        }

        return SyntaxFactory.ParseExpression(provider + suffix).WithTriviaFrom(read);
    }

    /// <summary>What follows the provider's name: <c>.GetUtcNow().UtcDateTime</c> for <c>DateTime.UtcNow</c>.</summary>
    private static string? Suffix(IPropertySymbol property) => (property.ContainingType.SpecialType == SpecialType.System_DateTime, property.Name) switch
    {
        (true, "UtcNow") => ".GetUtcNow().UtcDateTime",
        (true, "Now") => ".GetUtcNow().LocalDateTime",
        (true, "Today") => ".GetUtcNow().LocalDateTime.Date",
        (false, "UtcNow") => ".GetUtcNow()",
        (false, "Now") => ".GetLocalNow()",
        _ => null,
    };

    /// <summary>The name of a parameter, field or property of type <c>TimeProvider</c> that can be read at <paramref name="read"/> by its bare name; parameters first.</summary>
    private static string? Provider(SemanticModel model, ExpressionSyntax read, INamedTypeSymbol timeProvider)
    {
        var scope = new ProviderScope(model, read);
        return model.LookupSymbols(read.SpanStart)
            .Where(s => IsProvider(s, timeProvider) && scope.CanRead(s) && BindsAt(model, read.SpanStart, s))
            .OrderBy(s => s.Kind == SymbolKind.Parameter ? 0 : 1)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => s.Name)
            .FirstOrDefault();
    }

    private static bool IsProvider(ISymbol symbol, INamedTypeSymbol timeProvider)
    {
        var type = symbol switch
        {
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            IPropertySymbol { GetMethod: not null, IsIndexer: false } property => property.Type,
            _ => null,
        };
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, timeProvider))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the bare name means <paramref name="symbol"/> at <paramref name="position"/>: not shadowed, not an instance member in a static context.</summary>
    private static bool BindsAt(SemanticModel model, int position, ISymbol symbol) =>
        SymbolEqualityComparer.Default.Equals(
            model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(symbol.Name), SpeculativeBindingOption.BindAsExpression).Symbol,
            symbol);
}
