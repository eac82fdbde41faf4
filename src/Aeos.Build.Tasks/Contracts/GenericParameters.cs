using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>Names, variance and constraints of the type parameters a type or method declares.</summary>
internal static class GenericParameters
{
    // GenericParameterAttributes.AllowByRefLike (C# 13 "allows ref struct"), missing from older enum versions.
    private const GenericParameterAttributes AllowByRefLike = (GenericParameterAttributes)0x20;

    public static string[] Names(MetadataReader reader, GenericParameterHandleCollection parameters) =>
        parameters.Select(handle => reader.GetString(reader.GetGenericParameter(handle).Name)).ToArray();

    /// <summary><c>&lt;in T, U&gt;</c> for the parameters from <paramref name="first"/> on (a nested type repeats its outer type's).</summary>
    public static string[] Declared(MetadataReader reader, GenericParameterHandleCollection parameters, int first) =>
        parameters.Skip(first).Select(handle => Variance(reader.GetGenericParameter(handle)) + reader.GetString(reader.GetGenericParameter(handle).Name)).ToArray();

    /// <summary><c> where T : class, System.IDisposable, new()</c>, one clause per constrained parameter.</summary>
    public static string Constraints(MetadataReader reader, GenericParameterHandleCollection parameters, int first, GenericScope scope)
    {
        var clauses = new List<string>();
        foreach (var handle in parameters.Skip(first))
        {
            var parameter = reader.GetGenericParameter(handle);
            var constraints = ConstraintsOf(reader, parameter, scope);
            if (constraints.Count > 0)
            {
                clauses.Add(" where " + reader.GetString(parameter.Name) + " : " + string.Join(", ", constraints));
            }
        }

        return string.Concat(clauses);
    }

    private static string Variance(GenericParameter parameter) => (parameter.Attributes & GenericParameterAttributes.VarianceMask) switch
    {
        GenericParameterAttributes.Covariant => "out ",
        GenericParameterAttributes.Contravariant => "in ",
        _ => string.Empty,
    };

    private static List<string> ConstraintsOf(MetadataReader reader, GenericParameter parameter, GenericScope scope)
    {
        var attributes = parameter.Attributes;
        var isStruct = (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
        var result = new List<string>();
        if (isStruct)
        {
            var unmanaged = MetadataNames.HasAttribute(reader, parameter.GetCustomAttributes(), "System.Runtime.CompilerServices.IsUnmanagedAttribute");
            result.Add(unmanaged ? "unmanaged" : "struct");
        }
        else if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
        {
            result.Add("class");
        }

        // The order of type constraints in the source is no part of the contract.
        result.AddRange(TypeConstraints(reader, parameter, scope).Where(name => !isStruct || name != "System.ValueType").OrderBy(name => name, System.StringComparer.Ordinal));
        if (!isStruct && (attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0)
        {
            result.Add("new()");
        }

        if ((attributes & AllowByRefLike) != 0)
        {
            result.Add("allows ref struct");
        }

        return result;
    }

    private static IEnumerable<string> TypeConstraints(MetadataReader reader, GenericParameter parameter, GenericScope scope) =>
        parameter.GetConstraints().Select(handle => TypeNameProvider.Instance.Of(reader, reader.GetGenericParameterConstraint(handle).Type, scope));
}
