using System.Collections.Generic;
using System.Text;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Metrics;

/// <summary>
/// Depth of inheritance (AEOS1004): the number of base classes above a class, <c>System.Object</c> not
/// counted. The walk up the hierarchy stops at the first base whose fully-qualified metadata name matches
/// one of the ignored patterns: that base and everything above it are not counted.
/// </summary>
internal static class InheritanceDepthCalculator
{
    public static int Measure(INamedTypeSymbol type, WildcardList ignoredBases) => CountedBases(type, ignoredBases).Count;

    /// <summary>The counted bases, nearest first.</summary>
    public static IReadOnlyList<INamedTypeSymbol> CountedBases(INamedTypeSymbol type, WildcardList ignoredBases)
    {
        var bases = new List<INamedTypeSymbol>();
        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            if (ignoredBases.Patterns.Length > 0 && ignoredBases.Matches(MetadataName(current)))
            {
                break;
            }

            bases.Add(current);
        }

        return bases;
    }

    /// <summary>The name patterns are matched against: <c>Ns.Outer+Inner`1</c>, as in metadata and reflection.</summary>
    public static string MetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder(type.OriginalDefinition.MetadataName);
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            builder.Insert(0, container.MetadataName + "+");
        }

        var ns = type.ContainingNamespace;
        if (ns is { IsGlobalNamespace: false })
        {
            builder.Insert(0, ns.ToDisplayString() + ".");
        }

        return builder.ToString();
    }
}
