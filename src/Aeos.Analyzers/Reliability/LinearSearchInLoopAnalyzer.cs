using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4003: a linear search, repeated by an enclosing loop, over a collection that outlives the loop's
/// iterations: <c>List&lt;T&gt;</c> searches (<c>Contains</c>, <c>IndexOf</c>, <c>Find…</c>, <c>Exists</c>,
/// <c>Remove</c>), <c>Array</c> searches, and LINQ <c>Contains</c> or predicate queries (<c>Any</c>,
/// <c>First…</c>, <c>Where</c>, <c>Count</c> …), when they search by equality or by key
/// (<see cref="KeySearches"/>): an arbitrary predicate cannot become a lookup. Not reported: collections
/// that are sets, dictionaries or lookups (for <c>Contains</c>), strings, collections created or reached
/// through a variable inside the loop, small collections written out where they are declared, and loops that cannot run twice.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LinearSearchInLoopAnalyzer : DiagnosticAnalyzer
{
    /// <summary>A collection written out with at most this many elements is small enough to search.</summary>
    internal const int SmallCollection = 8;

    private static readonly string[] ListSearches =
    {
        "Contains", "IndexOf", "LastIndexOf", "Find", "FindIndex", "FindLast", "FindLastIndex", "FindAll", "Exists", "TrueForAll", "Remove",
    };

    private static readonly string[] ArraySearches = { "IndexOf", "LastIndexOf", "Find", "FindIndex", "FindLast", "FindLastIndex", "FindAll", "Exists", "TrueForAll" };

    private static readonly string[] PredicateQueries =
    {
        "Any", "All", "First", "FirstOrDefault", "Single", "SingleOrDefault", "Last", "LastOrDefault", "Where", "Count", "LongCount",
    };

    /// <summary>The structure that answers each search in constant time.</summary>
    private static readonly Dictionary<string, string> Suggestions = new(StringComparer.Ordinal)
    {
        ["Contains"] = "HashSet", ["Remove"] = "HashSet",
        ["IndexOf"] = "Dictionary", ["LastIndexOf"] = "Dictionary", ["FindIndex"] = "Dictionary", ["FindLastIndex"] = "Dictionary",
        ["Where"] = "lookup (ToLookup)", ["FindAll"] = "lookup (ToLookup)", ["Count"] = "lookup (ToLookup)", ["LongCount"] = "lookup (ToLookup)",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.LinearSearchInLoop);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = new CollectionTypes(start.Compilation);
            if (types.List is null && types.Enumerable is null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, types), OperationKind.Invocation);
        });
    }

    /// <summary>What to build instead of searching, by the search method's name.</summary>
    internal static string Suggestion(string method) => Suggestions.TryGetValue(method, out var suggestion) ? suggestion : "Dictionary or HashSet";

    private static void Analyze(OperationAnalysisContext context, CollectionTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var collection = SearchedCollection(invocation, types);
        if (collection is null || CollectionTypes.IsStringOrUnknown(collection.Type) || !KeySearches.SearchesByKey(invocation))
        {
            return;
        }

        var loop = EnclosingCode.RepeatingLoops(invocation).FirstOrDefault(l => !EnclosingCode.RunsAtMostOnce(l));
        if (loop is null || !EnclosingCode.IsLoopInvariant(collection, loop) || IsSmallLiteral(collection, context.CancellationToken))
        {
            return;
        }

        var name = invocation.TargetMethod.Name;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.LinearSearchInLoop,
            invocation.Syntax.GetLocation(),
            ContainingSymbols.PropertiesFor(invocation, context.ContainingSymbol),
            name,
            collection.Syntax.ToString(),
            Suggestion(name)));
    }

    /// <summary>The collection a linear search goes through, or null when the call is not one.</summary>
    private static IOperation? SearchedCollection(IInvocationOperation invocation, CollectionTypes types)
    {
        var method = invocation.TargetMethod;
        if (invocation.Instance is { } instance && types.IsList(method.ContainingType) && Array.IndexOf(ListSearches, method.Name) >= 0)
        {
            return EnclosingCode.WithoutConversions(instance);
        }

        return method.IsStatic && invocation.Arguments.Length > 0 ? StaticSearchedCollection(invocation, types) : null;
    }

    /// <summary>The first argument of a static search of <see cref="Array"/> or <see cref="System.Linq.Enumerable"/>.</summary>
    private static IOperation? StaticSearchedCollection(IInvocationOperation invocation, CollectionTypes types)
    {
        var method = invocation.TargetMethod;
        var first = EnclosingCode.WithoutConversions(invocation.Arguments[0].Value);
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Array))
        {
            return Array.IndexOf(ArraySearches, method.Name) >= 0 ? first : null;
        }

        if (!SymbolEqualityComparer.Default.Equals(method.ContainingType, types.Enumerable))
        {
            return null;
        }

        if (method.Name == "Contains")
        {
            return types.HasFastLookup(first.Type) ? null : first;
        }

        var hasPredicate = method.Parameters.Length == 2 && method.Parameters[1].Type.Name == "Func";
        return hasPredicate && Array.IndexOf(PredicateQueries, method.Name) >= 0 ? first : null;
    }

    /// <summary>A local or field initialised, where it is declared, with a written-out list of a few elements.</summary>
    private static bool IsSmallLiteral(IOperation collection, System.Threading.CancellationToken cancellationToken)
    {
        var symbol = EnclosingCode.ReferencedSymbol(collection, out _);
        if (symbol is not (ILocalSymbol or IFieldSymbol))
        {
            return false;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } value })
            {
                var count = ElementCount(value);
                return count is not null && count <= SmallCollection;
            }
        }

        return false;
    }

    private static int? ElementCount(ExpressionSyntax value) => value switch
    {
        ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Count,
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.Count,
        BaseObjectCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Count,
        InitializerExpressionSyntax initializer => initializer.Expressions.Count,
        CollectionExpressionSyntax collection => collection.Elements.Count,
        _ => null,
    };

    private sealed class CollectionTypes
    {
        private readonly List<INamedTypeSymbol> _fastLookups = new();

        public CollectionTypes(Compilation compilation)
        {
            List = compilation.GetTypeByMetadataName("System.Collections.Generic.List`1");
            Array = compilation.GetSpecialType(SpecialType.System_Array);
            Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            foreach (var name in new[]
            {
                "System.Collections.Generic.ISet`1", "System.Collections.Generic.IReadOnlySet`1", "System.Collections.Generic.IDictionary`2",
                "System.Collections.Generic.IReadOnlyDictionary`2", "System.Linq.ILookup`2",
            })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    _fastLookups.Add(type);
                }
            }
        }

        public INamedTypeSymbol? List { get; }

        public INamedTypeSymbol Array { get; }

        public INamedTypeSymbol? Enumerable { get; }

        public bool IsList(INamedTypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, List);

        public static bool IsStringOrUnknown(ITypeSymbol? type) => type is null || type.SpecialType == SpecialType.System_String;

        /// <summary>Sets, dictionaries and lookups answer <c>Contains</c> without a scan.</summary>
        public bool HasFastLookup(ITypeSymbol? type) =>
            type is not null && (Matches(type) || type.AllInterfaces.Any(Matches));

        private bool Matches(ITypeSymbol type) => _fastLookups.Any(f => SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, f));
    }
}
