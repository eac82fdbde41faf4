using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;

namespace Aeos.RealCode;

/// <summary>The exported analyzers or code fixes of one of the package's assemblies, new instances in name order.</summary>
internal static class AnalyzerCatalog
{
    /// <summary>Every non-abstract <typeparamref name="T"/> of <paramref name="assemblyName"/> that carries <paramref name="attribute"/>.</summary>
    public static ImmutableArray<T> Create<T>(string assemblyName, Type attribute)
        where T : class =>
        Assembly.Load(assemblyName).GetTypes()
            .Where(type => typeof(T).IsAssignableFrom(type) && !type.IsAbstract && type.IsDefined(attribute, inherit: false))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
