using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// A parameter list as C# writes it: <c>this</c>, <c>params</c>, ref/out/in/ref readonly, the type,
/// the name (a rename breaks callers that pass arguments by name) and the default value.
/// </summary>
internal static class Parameters
{
    private const string CompilerServices = "System.Runtime.CompilerServices.";

    /// <summary>The first <paramref name="count"/> parameters of <paramref name="method"/>, comma-separated.</summary>
    public static string Render(MetadataReader reader, MethodDefinition method, MethodSignature<string> signature, int count, GenericScope scope)
    {
        var rows = RowsBySequence(reader, method);
        var valueKinds = method.DecodeSignature(ValueTypeProvider.Instance, null).ParameterTypes;
        var extension = MetadataNames.HasAttribute(reader, method.GetCustomAttributes(), CompilerServices + "ExtensionAttribute");
        var rendered = new List<string>();
        for (var i = 0; i < count; i++)
        {
            rows.TryGetValue(i + 1, out var row);
            var prefix = i == 0 && extension ? "this " : string.Empty;
            rendered.Add(prefix + One(reader, row, (signature.ParameterTypes[i], valueKinds[i]), i, scope));
        }

        return string.Join(", ", rendered);
    }

    /// <summary>The return type, with <c>ref readonly</c> for a read-only reference return.</summary>
    public static string ReturnType(MetadataReader reader, MethodDefinition method, string returnType)
    {
        if (!returnType.StartsWith(TypeNameProvider.ByRefPrefix, System.StringComparison.Ordinal))
        {
            return returnType;
        }

        var isReadOnly = RowsBySequence(reader, method).TryGetValue(0, out var row)
            && MetadataNames.HasAttribute(reader, row.GetCustomAttributes(), CompilerServices + "IsReadOnlyAttribute");
        return isReadOnly ? "ref readonly " + returnType.Remove(0, TypeNameProvider.ByRefPrefix.Length) : returnType;
    }

    private static string One(MetadataReader reader, Parameter? row, (string Name, ValueKind Kind) type, int index, GenericScope scope)
    {
        if (row is not { } parameter)
        {
            // Metadata without a parameter row has no name, no default and no modifiers to show.
            return type.Name + " arg" + index;
        }

        var name = reader.GetString(parameter.Name);
        var modifier = IsParams(reader, parameter) ? "params " : string.Empty;
        var plainType = type.Name;
        if (type.Name.StartsWith(TypeNameProvider.ByRefPrefix, System.StringComparison.Ordinal))
        {
            plainType = type.Name.Substring(TypeNameProvider.ByRefPrefix.Length);
            modifier += RefKind(reader, parameter) + " ";
        }

        return modifier + plainType + " " + name + DefaultValue(reader, parameter, (plainType, type.Kind), scope);
    }

    private static bool IsParams(MetadataReader reader, Parameter parameter) =>
        MetadataNames.HasAttribute(reader, parameter.GetCustomAttributes(), "System.ParamArrayAttribute");

    private static string RefKind(MetadataReader reader, Parameter parameter)
    {
        var attributes = parameter.GetCustomAttributes();
        if (MetadataNames.HasAttribute(reader, attributes, CompilerServices + "IsReadOnlyAttribute"))
        {
            return "in";
        }

        if (MetadataNames.HasAttribute(reader, attributes, CompilerServices + "RequiresLocationAttribute"))
        {
            return "ref readonly";
        }

        var isOut = (parameter.Attributes & (ParameterAttributes.Out | ParameterAttributes.In)) == ParameterAttributes.Out;
        return isOut ? "out" : "ref";
    }

    private static string DefaultValue(MetadataReader reader, Parameter parameter, (string Name, ValueKind Kind) type, GenericScope scope)
    {
        var constant = parameter.GetDefaultValue();
        if (!constant.IsNil)
        {
            // The compiler stores `default` of a type parameter or of a struct (CancellationToken ct = default) as a null constant.
            var value = ConstantFormatter.Format(reader, constant);
            // An annotated type parameter (T?) is still the type parameter; Nullable<T> (also written T?) keeps its null.
            var isDefault = value == "null"
                && (type.Kind == ValueKind.Value || (type.Kind == ValueKind.Reference && scope.Declares(type.Name.TrimEnd('?'))));
            return " = " + (isDefault ? "default" : ConstantFormatter.Typed(value, type.Name));
        }

        if ((parameter.Attributes & ParameterAttributes.Optional) == 0)
        {
            return string.Empty;
        }

        return " = " + (ConstantFormatter.Decimal(reader, parameter.GetCustomAttributes()) ?? "default");
    }

    private static Dictionary<int, Parameter> RowsBySequence(MetadataReader reader, MethodDefinition method) =>
        method.GetParameters().Select(reader.GetParameter).GroupBy(row => row.SequenceNumber).ToDictionary(group => group.Key, group => group.First());
}
