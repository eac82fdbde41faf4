using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The lines of one visible type: its declaration and every visible member. A line is
/// <c>key | declaration</c>; the key (raw type name, then the member's metadata name) keeps a type's
/// members together and an overload's old and new forms next to each other in the sorted file.
/// </summary>
internal sealed class TypeSurface
{
    private readonly MetadataReader _reader;
    private readonly TypeDefinition _type;
    private readonly string _key;
    private readonly GenericScope _scope;
    private readonly TypeShape _shape;
    private readonly NullableContexts? _nullable;

    /// <param name="nullable">The nullable contexts, to write annotations; null for a surface without them (format 1).</param>
    public TypeSurface(MetadataReader reader, TypeDefinitionHandle handle, NullableContexts? nullable)
    {
        _reader = reader;
        _nullable = nullable;
        _type = reader.GetTypeDefinition(handle);
        _key = MetadataNames.Raw(reader, handle);
        _scope = new GenericScope(GenericParameters.Names(reader, _type.GetGenericParameters()), System.Array.Empty<string>());
        _shape = TypeShape.Of(reader, _type, _scope);
    }

    private bool IsSealed => Visibility.IsSealed(_type.Attributes);

    private bool IsInterface => _shape.Kind == TypeKind.Interface;

    public void AddTo(List<string> lines)
    {
        lines.Add(_key + " | " + new TypeDeclaration(_reader, _type, _key, _scope, _shape).Render());
        if (_shape.Kind == TypeKind.Delegate)
        {
            // Invoke, BeginInvoke and the constructor are implied by the delegate's declaration.
            return;
        }

        var accessors = Accessors();
        var members = new MemberDeclaration(_reader, _scope, IsSealed, IsInterface, _key, _nullable);
        Add(lines, _type.GetMethods().Where(handle => !accessors.Contains(handle)).Select(members.Method));
        Add(lines, _type.GetProperties().Select(members.Property));
        Add(lines, _type.GetEvents().Select(members.Event));
        Add(lines, _type.GetFields().Select(handle => _shape.Kind == TypeKind.Enum ? members.EnumMember(handle) : members.Field(handle)));
    }

    private void Add(List<string> lines, IEnumerable<(string Name, string Declaration)?> members)
    {
        foreach (var member in members)
        {
            if (member is { } visible)
            {
                lines.Add(_key + "." + visible.Name + " | " + visible.Declaration);
            }
        }
    }

    private HashSet<MethodDefinitionHandle> Accessors()
    {
        var accessors = new HashSet<MethodDefinitionHandle>();
        foreach (var property in _type.GetProperties().Select(handle => _reader.GetPropertyDefinition(handle).GetAccessors()))
        {
            accessors.Add(property.Getter);
            accessors.Add(property.Setter);
        }

        foreach (var @event in _type.GetEvents().Select(handle => _reader.GetEventDefinition(handle).GetAccessors()))
        {
            accessors.Add(@event.Adder);
            accessors.Add(@event.Remover);
            accessors.Add(@event.Raiser);
        }

        return accessors;
    }
}
