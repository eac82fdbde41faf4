using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The types of a member's signature as text, with nullable annotations when <see cref="NullableContexts"/> are
/// given (format 2 of the surface file) and without when not (format 1, read only to judge an older accepted file).
/// </summary>
internal sealed class AnnotatedSignatures
{
    private readonly MetadataReader _reader;
    private readonly NullableContexts? _contexts;

    public AnnotatedSignatures(MetadataReader reader, NullableContexts? contexts)
    {
        _reader = reader;
        _contexts = contexts;
    }

    /// <summary>A method's return and parameter types; the return value's flags are those of parameter row 0.</summary>
    public MethodSignature<string> Method(MethodDefinition method, GenericScope scope)
    {
        if (_contexts is null)
        {
            return method.DecodeSignature(TypeNameProvider.Instance, scope);
        }

        var signature = method.DecodeSignature(AnnotatedTypeProvider.Instance, scope);
        var context = _contexts.ForMethod(method);
        var rows = method.GetParameters().Select(_reader.GetParameter).GroupBy(row => row.SequenceNumber).ToDictionary(g => g.Key, g => g.First());
        string Text(int sequence, AnnotatedType type) =>
            type.Annotated(NullableFlags.Of(_reader, rows.TryGetValue(sequence, out var row) ? row.GetCustomAttributes() : null, context));

        var parameters = signature.ParameterTypes.Select((type, index) => Text(index + 1, type)).ToImmutableArray();
        return new MethodSignature<string>(signature.Header, Text(0, signature.ReturnType), signature.RequiredParameterCount, signature.GenericParameterCount, parameters);
    }

    /// <summary>A property's type (its parameters, of an indexer, are rendered from an accessor).</summary>
    public MethodSignature<string> Property(PropertyDefinition property, MethodDefinitionHandle accessor, GenericScope scope)
    {
        if (_contexts is null)
        {
            return property.DecodeSignature(TypeNameProvider.Instance, scope);
        }

        var signature = property.DecodeSignature(AnnotatedTypeProvider.Instance, scope);
        var context = _contexts.ForType(_reader.GetMethodDefinition(accessor).GetDeclaringType());
        var type = signature.ReturnType.Annotated(NullableFlags.Of(_reader, property.GetCustomAttributes(), context));
        return new MethodSignature<string>(signature.Header, type, signature.RequiredParameterCount, signature.GenericParameterCount, signature.ParameterTypes.Select(p => p.Plain).ToImmutableArray());
    }

    public string Field(FieldDefinition field, GenericScope scope)
    {
        if (_contexts is null)
        {
            return field.DecodeSignature(TypeNameProvider.Instance, scope);
        }

        var context = _contexts.ForType(field.GetDeclaringType());
        return field.DecodeSignature(AnnotatedTypeProvider.Instance, scope).Annotated(NullableFlags.Of(_reader, field.GetCustomAttributes(), context));
    }

    public string Event(EventDefinition @event, MethodDefinitionHandle adder, GenericScope scope)
    {
        if (_contexts is null)
        {
            return TypeNameProvider.Instance.Of(_reader, @event.Type, scope);
        }

        var context = _contexts.ForType(_reader.GetMethodDefinition(adder).GetDeclaringType());
        return AnnotatedTypeProvider.Instance.Of(_reader, @event.Type, scope).Annotated(NullableFlags.Of(_reader, @event.GetCustomAttributes(), context));
    }
}
