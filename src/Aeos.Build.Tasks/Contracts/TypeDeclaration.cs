using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// A type's declaration: accessibility, modifiers, kind, full name with type parameters, base type,
/// interfaces (sorted: their order in the source is no part of the contract) and constraints.
/// </summary>
internal sealed class TypeDeclaration
{
    private const string CompilerServices = "System.Runtime.CompilerServices.";

    private readonly MetadataReader _reader;
    private readonly TypeDefinition _type;
    private readonly string _key;
    private readonly GenericScope _scope;
    private readonly TypeShape _shape;
    private readonly int _firstOwnParameter;

    public TypeDeclaration(MetadataReader reader, TypeDefinition type, string key, GenericScope scope, TypeShape shape)
    {
        _reader = reader;
        _type = type;
        _key = key;
        _scope = scope;
        _shape = shape;
        var declaring = type.GetDeclaringType();
        _firstOwnParameter = declaring.IsNil ? 0 : reader.GetTypeDefinition(declaring).GetGenericParameters().Count;
    }

    public string Render()
    {
        var access = Visibility.OfType(_type.Attributes) + " ";
        var constraints = GenericParameters.Constraints(_reader, _type.GetGenericParameters(), _firstOwnParameter, _scope);
        return _shape.Kind switch
        {
            TypeKind.Delegate => access + Delegate() + constraints,
            TypeKind.Enum => access + "enum " + Name() + " : " + EnumUnderlyingType(),
            TypeKind.Interface => access + "interface " + Name() + Bases() + constraints,
            TypeKind.Struct => access + StructModifiers() + "struct " + Name() + Bases() + constraints,
            _ => access + ClassModifiers() + "class " + Name() + Bases() + constraints,
        };
    }

    private string Name()
    {
        var outer = _scope.TypeParameters.Take(_firstOwnParameter);
        var own = GenericParameters.Declared(_reader, _type.GetGenericParameters(), _firstOwnParameter);
        return MetadataNames.Instantiate(_key, outer.Concat(own).ToArray());
    }

    private string ClassModifiers()
    {
        var attributes = _type.Attributes;
        var isAbstract = (attributes & TypeAttributes.Abstract) != 0;
        var isSealed = Visibility.IsSealed(attributes);
        if (isAbstract && isSealed)
        {
            return "static ";
        }

        return isAbstract ? "abstract " : isSealed ? "sealed " : string.Empty;
    }

    private string StructModifiers()
    {
        var attributes = _type.GetCustomAttributes();
        var isReadOnly = MetadataNames.HasAttribute(_reader, attributes, CompilerServices + "IsReadOnlyAttribute");
        var isRef = MetadataNames.HasAttribute(_reader, attributes, CompilerServices + "IsByRefLikeAttribute");
        return (isReadOnly ? "readonly " : string.Empty) + (isRef ? "ref " : string.Empty);
    }

    private string Bases()
    {
        var bases = new List<string>();
        if (_shape.BaseType is { } baseType)
        {
            bases.Add(baseType);
        }

        bases.AddRange(VisibleInterfaces().OrderBy(name => name, System.StringComparer.Ordinal));
        return bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases);
    }

    private IEnumerable<string> VisibleInterfaces() =>
        _type.GetInterfaceImplementations()
            .Select(handle => _reader.GetInterfaceImplementation(handle).Interface)
            .Where(IsVisibleInterface)
            .Select(handle => TypeNameProvider.Instance.Of(_reader, handle, _scope));

    /// <summary>An internal interface of this assembly (also one instantiated generically) is invisible outside.</summary>
    private bool IsVisibleInterface(EntityHandle handle)
    {
        if (handle.Kind == HandleKind.TypeSpecification)
        {
            var blob = _reader.GetBlobReader(_reader.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return true;
            }

            blob.ReadSignatureTypeCode();
            handle = blob.ReadTypeHandle();
        }

        return handle.Kind != HandleKind.TypeDefinition || Visibility.IsVisible(_reader, (TypeDefinitionHandle)handle);
    }

    private string EnumUnderlyingType()
    {
        var valueField = _type.GetFields().Select(_reader.GetFieldDefinition).First(field => (field.Attributes & FieldAttributes.Static) == 0);
        return valueField.DecodeSignature(TypeNameProvider.Instance, _scope);
    }

    private string Delegate()
    {
        var invoke = _type.GetMethods().Select(_reader.GetMethodDefinition).First(method => _reader.GetString(method.Name) == "Invoke");
        var signature = invoke.DecodeSignature(TypeNameProvider.Instance, _scope);
        var parameters = Parameters.Render(_reader, invoke, signature, signature.ParameterTypes.Length, _scope);
        return "delegate " + Parameters.ReturnType(_reader, invoke, signature.ReturnType) + " " + Name() + "(" + parameters + ")";
    }
}
