using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// What AEOS4012 knows of disposable types: which types a new local must dispose (they implement
/// <c>IDisposable</c> or <c>IAsyncDisposable</c>), and the ones it leaves alone because their <c>Dispose</c>
/// frees nothing (<c>Task</c>, <c>MemoryStream</c>, <c>StringReader</c>, <c>StringWriter</c>, <c>DataTable</c>,
/// <c>DataSet</c>, and struct enumerators, which are disposable only because <c>IEnumerator&lt;T&gt;</c> is) or because
/// they are meant to outlive the method that creates them (timers).
/// </summary>
internal sealed class DisposableTypes
{
    private readonly INamedTypeSymbol _disposable;
    private readonly INamedTypeSymbol? _asyncDisposable;
    private readonly INamedTypeSymbol? _task;

    private DisposableTypes(INamedTypeSymbol disposable, INamedTypeSymbol? asyncDisposable, INamedTypeSymbol? task)
    {
        _disposable = disposable;
        _asyncDisposable = asyncDisposable;
        _task = task;
    }

    /// <summary>The types of <paramref name="compilation"/>, or null when it has no <c>System.IDisposable</c>.</summary>
    public static DisposableTypes? From(Compilation compilation)
    {
        var disposable = compilation.GetSpecialType(SpecialType.System_IDisposable);
        return disposable.TypeKind == TypeKind.Error
            ? null
            : new DisposableTypes(
                disposable,
                compilation.GetTypeByMetadataName("System.IAsyncDisposable"),
                compilation.GetTypeByMetadataName("System.Threading.Tasks.Task"));
    }

    /// <summary>True when a new <paramref name="type"/> holds something its <c>Dispose</c> or <c>DisposeAsync</c> must free.</summary>
    public bool NeedsDisposal(ITypeSymbol? type) =>
        type is INamedTypeSymbol named && IsDisposable(named) && !IsNoOp(named) && !IsTimer(named);

    /// <summary>True when <paramref name="type"/> implements <c>IDisposable</c> (false for <c>IAsyncDisposable</c> alone).</summary>
    public bool IsSyncDisposable(ITypeSymbol type) => Implements(type, _disposable);

    /// <summary>True when <paramref name="type"/> implements <c>IDisposable</c> or <c>IAsyncDisposable</c>.</summary>
    public bool IsDisposable(ITypeSymbol type) => Implements(type, _disposable) || (_asyncDisposable is not null && Implements(type, _asyncDisposable));

    private static bool Implements(ITypeSymbol type, INamedTypeSymbol contract)
    {
        if (SymbolEqualityComparer.Default.Equals(type, contract))
        {
            return true;
        }

        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, contract))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNoOp(INamedTypeSymbol type) => IsTask(type) || IsNoOpByName(type) || IsStructEnumerator(type);

    /// <summary>
    /// A struct implementing <c>IEnumerator</c> (NLog's <c>TemplateEnumerator</c>, <c>List&lt;T&gt;.Enumerator</c>): a value
    /// that owns no shared resource; its <c>Dispose</c> exists for <c>foreach</c> and resets fields of the copy.
    /// </summary>
    private static bool IsStructEnumerator(INamedTypeSymbol type) =>
        type.IsValueType && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerator);

    private bool IsTask(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && _task is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, _task))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNoOpByName(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return (ns == "System.IO" && type.Name is "MemoryStream" or "StringReader" or "StringWriter")
            || (ns == "System.Data" && type.Name is "DataTable" or "DataSet");
    }

    private static bool IsTimer(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString();
        return type.Name == "Timer" && ns is "System.Threading" or "System.Timers" or "System.Windows.Forms";
    }
}
