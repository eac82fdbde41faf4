using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4002: a database query executed once per iteration of an enclosing loop (N+1 queries): an
/// <c>IQueryable</c> materialised (<c>ToList</c>, <c>First…</c>, <c>Count</c>, <c>Any</c>, EF Core's async
/// forms, <c>Find</c>) or enumerated by <c>foreach</c>, an ADO.NET command or a Dapper query executed, or a
/// <c>foreach</c> over a lazily loaded EF Core collection navigation of the outer loop's entity. Queries
/// over in-memory data (<c>AsQueryable()</c>) and loops that cannot run twice are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class QueryInLoopAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Query operators that execute the query (without the <c>Async</c> suffix of EF Core's forms).</summary>
    private static readonly string[] Executing =
    {
        "ToList", "ToArray", "ToDictionary", "ToHashSet", "ToLookup", "First", "FirstOrDefault", "Single", "SingleOrDefault",
        "Last", "LastOrDefault", "Count", "LongCount", "Any", "All", "Contains", "Sum", "Min", "Max", "Average", "MinBy", "MaxBy",
        "ElementAt", "ElementAtOrDefault", "Aggregate", "SequenceEqual", "ForEach", "Load", "ExecuteDelete", "ExecuteUpdate",
    };

    private static readonly string[] CommandMethods = { "ExecuteReader", "ExecuteScalar", "ExecuteNonQuery" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.QueryInLoop);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = new DataTypes(start.Compilation);
            if (!types.Any)
            {
                return;
            }

            start.RegisterOperationAction(c => AnalyzeInvocation(c, types), OperationKind.Invocation);
            start.RegisterOperationAction(c => AnalyzeForEach(c, types), OperationKind.Loop);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, DataTypes types)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!ExecutesQuery(invocation, types))
        {
            return;
        }

        var loop = RepeatingLoop(invocation);
        if (loop is not null)
        {
            var written = invocation.Syntax is InvocationExpressionSyntax call ? call.ArgumentList.Arguments.Count : 0;
            var name = invocation.TargetMethod.Name + (written > 0 ? "(…)" : "()");
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.QueryInLoop, invocation.Syntax.GetLocation(), ContainingSymbols.PropertiesFor(invocation, context.ContainingSymbol), name));
        }
    }

    private static void AnalyzeForEach(OperationAnalysisContext context, DataTypes types)
    {
        if (context.Operation is not IForEachLoopOperation forEach)
        {
            return;
        }

        var collection = EnclosingCode.WithoutConversions(forEach.Collection);
        var loop = RepeatingLoop(forEach);
        if (loop is null)
        {
            return;
        }

        if ((types.IsQueryable(collection.Type) && !IsInMemory(collection)) || IsLazyNavigationOf(collection, loop, types))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.QueryInLoop,
                collection.Syntax.GetLocation(),
                ContainingSymbols.PropertiesFor(forEach, context.ContainingSymbol),
                collection.Syntax.ToString()));
        }
    }

    private static ILoopOperation? RepeatingLoop(IOperation operation) =>
        EnclosingCode.RepeatingLoops(operation).FirstOrDefault(l => !EnclosingCode.RunsAtMostOnce(l));

    private static bool ExecutesQuery(IInvocationOperation invocation, DataTypes types)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (types.IsDapper(type))
        {
            return method.Name.StartsWith("Query", StringComparison.Ordinal) || method.Name.StartsWith("Execute", StringComparison.Ordinal);
        }

        if (Array.IndexOf(CommandMethods, WithoutAsync(method.Name)) >= 0)
        {
            return types.IsCommand(invocation.Instance?.Type);
        }

        if (types.IsEntitySet(type) && WithoutAsync(method.Name) == "Find")
        {
            return true;
        }

        return ExecutesLinqQuery(invocation, types);
    }

    /// <summary>An executing operator (<c>ToList</c>, <c>First</c>, …) of <c>Queryable</c> over a query that is not in memory.</summary>
    private static bool ExecutesLinqQuery(IInvocationOperation invocation, DataTypes types)
    {
        var method = invocation.TargetMethod;
        if (!method.IsStatic || invocation.Arguments.Length == 0 || Array.IndexOf(Executing, WithoutAsync(method.Name)) < 0 || !types.IsQueryOperatorType(method.ContainingType))
        {
            return false;
        }

        var source = EnclosingCode.WithoutConversions(invocation.Arguments[0].Value);
        return types.IsQueryable(source.Type) && !IsInMemory(source);
    }

    /// <summary>True when the query is built on <c>AsQueryable()</c> over objects in memory.</summary>
    private static bool IsInMemory(IOperation query)
    {
        for (var current = query; current is IInvocationOperation call; )
        {
            if (call.TargetMethod.Name == "AsQueryable" && call.TargetMethod.ContainingType?.Name == "Queryable")
            {
                return true;
            }

            var next = call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            current = next is null ? null : EnclosingCode.WithoutConversions(next);
        }

        return false;
    }

    /// <summary>
    /// A collection navigation of an entity that belongs to the outer loop's iteration (reached through a
    /// variable declared inside it), loaded lazily: a virtual property when EF Core's lazy-loading proxies are
    /// referenced, or any property of an entity that holds an <c>ILazyLoader</c>. An <c>Include</c> in the
    /// outer loop's query loads it eagerly.
    /// </summary>
    private static bool IsLazyNavigationOf(IOperation collection, ILoopOperation outer, DataTypes types)
    {
        if (collection is not IPropertyReferenceOperation { Instance: { } owner } navigation
            || !types.IsLazyLoaded(navigation.Property)
            || !IsCollection(navigation.Property.Type))
        {
            return false;
        }

        var root = EnclosingCode.WithoutConversions(owner);
        var ownerSymbol = EnclosingCode.ReferencedSymbol(root, out _);
        return ownerSymbol is ILocalSymbol local && EnclosingCode.IsDeclaredInside(local, outer) && !LoadsEagerly(outer);
    }

    private static bool IsCollection(ITypeSymbol type) =>
        type.SpecialType != SpecialType.System_String && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable);

    private static bool LoadsEagerly(ILoopOperation outer)
    {
        if (outer is not IForEachLoopOperation forEach)
        {
            return false;
        }

        var source = EnclosingCode.WithoutConversions(forEach.Collection);
        var syntax = source.Syntax;
        if (source is ILocalReferenceOperation local
            && local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            syntax = initializer;
        }

        return syntax.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().Any(call => call.Expression is MemberAccessExpressionSyntax
        {
            Name.Identifier.ValueText: "Include" or "ThenInclude",
        });
    }

    private static string WithoutAsync(string name) =>
        name.EndsWith("Async", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Async".Length) : name;

    private sealed class DataTypes
    {
        public DataTypes(Compilation compilation)
        {
            Queryable = compilation.GetTypeByMetadataName("System.Linq.IQueryable");
            QueryableOperators = compilation.GetTypeByMetadataName("System.Linq.Queryable");
            Enumerable = compilation.GetTypeByMetadataName("System.Linq.Enumerable");
            Command = compilation.GetTypeByMetadataName("System.Data.IDbCommand");
            SqlMapper = compilation.GetTypeByMetadataName("Dapper.SqlMapper");
            DbSet = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbSet`1");
            DbContext = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.DbContext");
            LazyLoader = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.Infrastructure.ILazyLoader");
            HasProxies = compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.ProxiesExtensions") is not null;
        }

        public bool Any => Queryable is not null || Command is not null || SqlMapper is not null;

        private INamedTypeSymbol? Queryable { get; }

        private INamedTypeSymbol? QueryableOperators { get; }

        private INamedTypeSymbol? Enumerable { get; }

        private INamedTypeSymbol? Command { get; }

        private INamedTypeSymbol? SqlMapper { get; }

        private INamedTypeSymbol? DbSet { get; }

        private INamedTypeSymbol? DbContext { get; }

        private INamedTypeSymbol? LazyLoader { get; }

        private bool HasProxies { get; }

        public bool IsQueryable(ITypeSymbol? type) =>
            type is not null && Queryable is not null
            && (SymbolEqualityComparer.Default.Equals(type, Queryable) || type.AllInterfaces.Contains(Queryable, SymbolEqualityComparer.Default));

        /// <summary>LINQ's operator classes and EF Core's query extensions (<c>Microsoft.EntityFrameworkCore.*QueryableExtensions</c>).</summary>
        public bool IsQueryOperatorType(INamedTypeSymbol? type) =>
            type is not null
            && (SymbolEqualityComparer.Default.Equals(type, QueryableOperators) || SymbolEqualityComparer.Default.Equals(type, Enumerable)
                || (type.Name.EndsWith("QueryableExtensions", StringComparison.Ordinal) && type.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore"));

        public bool IsCommand(ITypeSymbol? type) =>
            type is not null && Command is not null
            && (SymbolEqualityComparer.Default.Equals(type, Command) || type.AllInterfaces.Contains(Command, SymbolEqualityComparer.Default));

        public bool IsDapper(INamedTypeSymbol? type) => SqlMapper is not null && SymbolEqualityComparer.Default.Equals(type, SqlMapper);

        /// <summary>EF Core's <c>DbSet&lt;T&gt;</c> and <c>DbContext</c>, whose <c>Find</c> queries the database when the entity is not tracked.</summary>
        public bool IsEntitySet(INamedTypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, DbSet) || SymbolEqualityComparer.Default.Equals(current, DbContext))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsLazyLoaded(IPropertySymbol property)
        {
            if (DbContext is null)
            {
                return false;
            }

            if (HasProxies && property.IsVirtual && !property.ContainingType.IsSealed)
            {
                return true;
            }

            return LazyLoader is not null && property.ContainingType.GetMembers().Any(m => m switch
            {
                IFieldSymbol f => SymbolEqualityComparer.Default.Equals(f.Type, LazyLoader),
                IPropertySymbol p => SymbolEqualityComparer.Default.Equals(p.Type, LazyLoader),
                _ => false,
            });
        }
    }
}
