using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Reliability;

/// <summary>The task and threading types AEOS4001 compares against, resolved once per compilation.</summary>
internal sealed class AsyncTypes
{
    private AsyncTypes(Compilation compilation, INamedTypeSymbol task)
    {
        Task = task;
        TaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        ValueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask");
        ValueTaskOfT = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");
        ConfiguredTask = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable");
        ConfiguredTaskOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1");
        ConfiguredValueTask = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable");
        ConfiguredValueTaskOfT = compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1");
        Thread = compilation.GetTypeByMetadataName("System.Threading.Thread");
        CancellationToken = compilation.GetTypeByMetadataName("System.Threading.CancellationToken");
    }

    public INamedTypeSymbol Task { get; }

    public INamedTypeSymbol? TaskOfT { get; }

    public INamedTypeSymbol? ValueTask { get; }

    public INamedTypeSymbol? ValueTaskOfT { get; }

    public INamedTypeSymbol? ConfiguredTask { get; }

    public INamedTypeSymbol? ConfiguredTaskOfT { get; }

    public INamedTypeSymbol? ConfiguredValueTask { get; }

    public INamedTypeSymbol? ConfiguredValueTaskOfT { get; }

    public INamedTypeSymbol? Thread { get; }

    public INamedTypeSymbol? CancellationToken { get; }

    /// <summary>Null when the compilation has no <c>System.Threading.Tasks.Task</c>: there is no async code to check.</summary>
    public static AsyncTypes? Create(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.Threading.Tasks.Task") is { } task ? new AsyncTypes(compilation, task) : null;

    /// <summary><c>Task</c>, <c>Task&lt;T&gt;</c> and their subclasses.</summary>
    public bool IsTask(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, Task))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>: the types whose <c>Result</c> blocks.</summary>
    public bool IsTaskWithResult(ITypeSymbol? type) =>
        type is INamedTypeSymbol named
        && (Is(named.OriginalDefinition, TaskOfT) || Is(named.OriginalDefinition, ValueTaskOfT));

    /// <summary>A task, a value task, or one of their <c>ConfigureAwait</c> wrappers.</summary>
    public bool IsAwaitable(ITypeSymbol? type)
    {
        if (IsTask(type) || type is not INamedTypeSymbol named)
        {
            return IsTask(type);
        }

        var definition = named.OriginalDefinition;
        return Is(definition, ValueTask) || Is(definition, ValueTaskOfT) || Is(definition, ConfiguredTask) || Is(definition, ConfiguredTaskOfT)
            || Is(definition, ConfiguredValueTask) || Is(definition, ConfiguredValueTaskOfT);
    }

    private static bool Is(ITypeSymbol type, INamedTypeSymbol? expected) => SymbolEqualityComparer.Default.Equals(type, expected);
}
