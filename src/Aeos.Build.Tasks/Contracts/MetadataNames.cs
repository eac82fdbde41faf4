using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// Type names as the surface file writes them. A "raw" name is the metadata name with namespace and
/// nesting joined by dots and the generic arity kept (<c>Ns.Outer`1.Inner</c>): it identifies a type
/// without depending on the names of its type parameters, so it is the sort key of a line.
/// </summary>
internal static class MetadataNames
{
    public static string Raw(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? Qualify(reader.GetString(type.Namespace), name) : Raw(reader, declaring) + "." + name;
    }

    public static string Raw(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? Raw(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name
            : Qualify(reader.GetString(type.Namespace), name);
    }

    /// <summary>
    /// C# spelling of a generic type: each segment with an arity takes its share of the arguments, so
    /// <c>Ns.Outer`1.Inner`1</c> with (int, string) is <c>Ns.Outer&lt;int&gt;.Inner&lt;string&gt;</c>.
    /// </summary>
    public static string Instantiate(string raw, IReadOnlyList<string> arguments)
    {
        if (raw == "System.Nullable`1" && arguments.Count == 1)
        {
            return arguments[0] + "?";
        }

        if (raw.StartsWith("System.ValueTuple`", System.StringComparison.Ordinal) && arguments.Count is > 1 and < 8)
        {
            return "(" + string.Join(", ", arguments) + ")";
        }

        var next = 0;
        var segments = raw.Split('.').Select(segment =>
        {
            var (name, arity) = SplitArity(segment);
            var own = arguments.Skip(next).Take(arity).ToArray();
            next += arity;
            return own.Length == 0 ? name : name + "<" + string.Join(", ", own) + ">";
        });
        return string.Join(".", segments);
    }

    /// <summary>The last segment without its arity: the name a constructor is declared with.</summary>
    public static string SimpleName(string raw) => SplitArity(raw.Substring(raw.LastIndexOf('.') + 1)).Name;

    /// <summary>
    /// Names the compiler makes up (closures, state machines, backing fields, <c>&lt;Clone&gt;$</c>) start with
    /// '&lt;' and cannot be written in C#.
    /// </summary>
    public static bool IsUnspeakable(string name) => name.Length > 0 && name[0] == '<';

    public static bool HasAttribute(MetadataReader reader, CustomAttributeHandleCollection attributes, string fullName)
    {
        foreach (var handle in attributes)
        {
            if (AttributeTypeName(reader, reader.GetCustomAttribute(handle)) == fullName)
            {
                return true;
            }
        }

        return false;
    }

    public static string? AttributeTypeName(MetadataReader reader, CustomAttribute attribute)
    {
        // The constructor is a reference for attributes of other assemblies and a definition for those the
        // compiler embeds in the assembly itself (IsReadOnlyAttribute on netstandard2.0, for example).
        var constructor = attribute.Constructor;
        if (constructor.Kind == HandleKind.MethodDefinition)
        {
            return Raw(reader, reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        return parent.Kind == HandleKind.TypeReference ? Raw(reader, (TypeReferenceHandle)parent) : null;
    }

    private static (string Name, int Arity) SplitArity(string segment)
    {
        var tick = segment.LastIndexOf('`');
        var arity = 0;
        for (var i = tick + 1; tick > 0 && i < segment.Length; i++)
        {
            if (!char.IsDigit(segment[i]))
            {
                return (segment, 0);
            }

            arity = (arity * 10) + (segment[i] - '0');
        }

        return tick > 0 ? (segment.Substring(0, tick), arity) : (segment, 0);
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
