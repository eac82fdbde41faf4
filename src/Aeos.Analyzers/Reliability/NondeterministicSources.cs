using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// The values AEOS4011 knows to change from one run to the next, when they seed a <c>Random</c>: the clocks
/// (<c>DateTime</c>/<c>DateTimeOffset</c> <c>Now</c>, <c>UtcNow</c>, <c>Today</c>, <c>Environment.TickCount</c>,
/// <c>TickCount64</c>, <c>Stopwatch.GetTimestamp()</c>), <c>Environment.ProcessId</c>, <c>Guid.NewGuid()</c>,
/// <c>Random.Shared</c>, <c>RandomNumberGenerator</c> and <c>string.GetHashCode()</c> (randomized per process).
/// </summary>
internal static class NondeterministicSources
{
    /// <summary>The source <paramref name="operation"/> reads, as <c>Environment.TickCount</c>, or null.</summary>
    public static string? Name(IOperation operation) => operation switch
    {
        IPropertyReferenceOperation property => PropertyName(property.Property),
        IInvocationOperation invocation => MethodName(invocation.TargetMethod),
        _ => null,
    };

    /// <summary>True for <c>Random.Shared</c>.</summary>
    public static bool IsShared(IPropertySymbol property, INamedTypeSymbol random) =>
        property.IsStatic && property.Name == "Shared" && SymbolEqualityComparer.Default.Equals(property.ContainingType, random);

    /// <summary>True when <paramref name="operation"/> is only named, in <c>nameof</c>, not evaluated.</summary>
    public static bool IsInNameOf(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is INameOfOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static string? PropertyName(IPropertySymbol property)
    {
        var clock = WallClockReadAnalyzer.ClockRead(property);
        if (clock is not null)
        {
            return clock;
        }

        var known = property.IsStatic && TypeIs(property.ContainingType, "System", "Environment") && property.Name is "TickCount" or "TickCount64" or "ProcessId"
            || property.IsStatic && TypeIs(property.ContainingType, "System", "Random") && property.Name == "Shared";
        return known ? property.ContainingType.Name + "." + property.Name : null;
    }

    private static string? MethodName(IMethodSymbol method)
    {
        var type = method.ContainingType;
        var known = method.Name switch
        {
            "NewGuid" => TypeIs(type, "System", "Guid"),
            "GetTimestamp" => TypeIs(type, "System.Diagnostics", "Stopwatch"),
            "GetHashCode" => type.SpecialType == SpecialType.System_String,
            _ => TypeIs(type, "System.Security.Cryptography", "RandomNumberGenerator"),
        };
        return known ? type.Name + "." + method.Name + "()" : null;
    }

    private static bool TypeIs(INamedTypeSymbol? type, string ns, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
}
