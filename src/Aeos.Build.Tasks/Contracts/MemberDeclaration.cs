using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// The declaration of one member, or null when code outside the assembly cannot see it. Each result
/// carries the member's metadata name for the line's key.
/// </summary>
internal sealed class MemberDeclaration
{
    private static readonly Dictionary<string, string> Operators = new()
    {
        ["op_Addition"] = "+", ["op_Subtraction"] = "-", ["op_Multiply"] = "*", ["op_Division"] = "/",
        ["op_Modulus"] = "%", ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^",
        ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>", ["op_UnsignedRightShift"] = ">>>",
        ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
        ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=", ["op_UnaryPlus"] = "+",
        ["op_UnaryNegation"] = "-", ["op_LogicalNot"] = "!", ["op_OnesComplement"] = "~",
        ["op_Increment"] = "++", ["op_Decrement"] = "--", ["op_True"] = "true", ["op_False"] = "false",
        ["op_CheckedAddition"] = "checked +", ["op_CheckedSubtraction"] = "checked -",
        ["op_CheckedMultiply"] = "checked *", ["op_CheckedDivision"] = "checked /",
        ["op_CheckedUnaryNegation"] = "checked -", ["op_CheckedIncrement"] = "checked ++",
        ["op_CheckedDecrement"] = "checked --",
    };

    private static readonly Dictionary<string, string> Conversions = new()
    {
        ["op_Implicit"] = "implicit operator ", ["op_Explicit"] = "explicit operator ", ["op_CheckedExplicit"] = "explicit operator checked ",
    };

    private readonly MetadataReader _reader;
    private readonly GenericScope _scope;
    private readonly bool _sealedContainer;
    private readonly bool _inInterface;
    private readonly string _typeName;
    private readonly AnnotatedSignatures _signatures;

    public MemberDeclaration(MetadataReader reader, GenericScope scope, bool sealedContainer, bool inInterface, string typeName, NullableContexts? nullable)
    {
        _reader = reader;
        _signatures = new AnnotatedSignatures(reader, nullable);
        _scope = scope;
        _sealedContainer = sealedContainer;
        _inInterface = inInterface;
        _typeName = typeName;
    }

    public (string Name, string Declaration)? Method(MethodDefinitionHandle handle)
    {
        var method = _reader.GetMethodDefinition(handle);
        var name = _reader.GetString(method.Name);
        var access = AccessOf(method.Attributes);
        if (access is null || MetadataNames.IsUnspeakable(name))
        {
            return null;
        }

        var generics = method.GetGenericParameters();
        var scope = _scope.WithMethodParameters(GenericParameters.Names(_reader, generics));
        var signature = _signatures.Method(method, scope);
        var parameters = "(" + Parameters.Render(_reader, method, signature, signature.ParameterTypes.Length, scope) + ")";
        var head = access + " " + MethodModifiers.Of(method.Attributes, _inInterface);
        var returnType = Parameters.ReturnType(_reader, method, signature.ReturnType);
        if (name == ".ctor")
        {
            return (name, head + MetadataNames.SimpleName(_typeName) + parameters);
        }

        if ((method.Attributes & MethodAttributes.SpecialName) != 0 && Operator(name, returnType) is { } @operator)
        {
            return (name, head + @operator + parameters);
        }

        var typeParameters = generics.Count == 0 ? string.Empty : "<" + string.Join(", ", scope.MethodParameters) + ">";
        var constraints = GenericParameters.Constraints(_reader, generics, 0, scope);
        return (name, head + returnType + " " + name + typeParameters + parameters + constraints);
    }

    public (string Name, string Declaration)? Property(PropertyDefinitionHandle handle)
    {
        var property = _reader.GetPropertyDefinition(handle);
        var accessors = property.GetAccessors();
        var get = Accessor(accessors.Getter);
        var set = Accessor(accessors.Setter);
        var primary = Visibility.Rank(get.Access) >= Visibility.Rank(set.Access) ? get : set;
        if (primary.Access is null)
        {
            return null;
        }

        var name = _reader.GetString(property.Name);
        var signature = _signatures.Property(property, primary.Handle, _scope);
        var type = Parameters.ReturnType(_reader, _reader.GetMethodDefinition(primary.Handle), signature.ReturnType);
        var declared = signature.ParameterTypes.Length == 0 ? name : "this[" + IndexerParameters(primary.Handle, signature.ParameterTypes.Length) + "]";
        var head = primary.Access + " " + MethodModifiers.Of(primary.Attributes, _inInterface) + type + " " + declared;
        return (name, head + " { " + AccessorText(get, primary.Access, "get") + AccessorText(set, primary.Access, IsInitOnly(accessors.Setter) ? "init" : "set") + "}");
    }

    public (string Name, string Declaration)? Event(EventDefinitionHandle handle)
    {
        var @event = _reader.GetEventDefinition(handle);
        var adder = Accessor(@event.GetAccessors().Adder);
        if (adder.Access is null)
        {
            return null;
        }

        var name = _reader.GetString(@event.Name);
        var type = _signatures.Event(@event, adder.Handle, _scope);
        return (name, adder.Access + " " + MethodModifiers.Of(adder.Attributes, _inInterface) + "event " + type + " " + name);
    }

    public (string Name, string Declaration)? Field(FieldDefinitionHandle handle)
    {
        var field = _reader.GetFieldDefinition(handle);
        var access = Visibility.OfMember((int)(field.Attributes & FieldAttributes.FieldAccessMask), _sealedContainer);
        var name = _reader.GetString(field.Name);
        if (access is null || MetadataNames.IsUnspeakable(name))
        {
            return null;
        }

        var type = _signatures.Field(field, _scope);
        if ((field.Attributes & FieldAttributes.Literal) != 0)
        {
            return (name, access + " const " + type + " " + name + " = " + ConstantFormatter.Typed(ConstantFormatter.Format(_reader, field.GetDefaultValue()), type));
        }

        var modifiers = ((field.Attributes & FieldAttributes.Static) != 0 ? "static " : string.Empty)
            + ((field.Attributes & FieldAttributes.InitOnly) != 0 ? "readonly " : string.Empty);
        return (name, access + " " + modifiers + type + " " + name);
    }

    /// <summary>An enum member with its value; the instance field holding the value (<c>value__</c>) is no member.</summary>
    public (string Name, string Declaration)? EnumMember(FieldDefinitionHandle handle)
    {
        var field = _reader.GetFieldDefinition(handle);
        if ((field.Attributes & FieldAttributes.Literal) == 0)
        {
            return null;
        }

        var name = _reader.GetString(field.Name);
        return (name, name + " = " + ConstantFormatter.Format(_reader, field.GetDefaultValue()));
    }

    private static string? Operator(string name, string returnType)
    {
        if (Conversions.TryGetValue(name, out var conversion))
        {
            return conversion + returnType;
        }

        return Operators.TryGetValue(name, out var symbol) ? returnType + " operator " + symbol : null;
    }

    private string? AccessOf(MethodAttributes attributes) =>
        Visibility.OfMember((int)(attributes & MethodAttributes.MemberAccessMask), _sealedContainer);

    private (MethodDefinitionHandle Handle, string? Access, MethodAttributes Attributes) Accessor(MethodDefinitionHandle handle)
    {
        if (handle.IsNil)
        {
            return (handle, null, default);
        }

        var attributes = _reader.GetMethodDefinition(handle).Attributes;
        return (handle, AccessOf(attributes), attributes);
    }

    private static string AccessorText((MethodDefinitionHandle Handle, string? Access, MethodAttributes Attributes) accessor, string propertyAccess, string keyword)
    {
        if (accessor.Access is null)
        {
            return string.Empty;
        }

        return (accessor.Access == propertyAccess ? string.Empty : accessor.Access + " ") + keyword + "; ";
    }

    private bool IsInitOnly(MethodDefinitionHandle setter) =>
        !setter.IsNil && _reader.GetMethodDefinition(setter).DecodeSignature(TypeNameProvider.Instance, _scope).ReturnType
            .StartsWith(TypeNameProvider.InitOnlyPrefix, System.StringComparison.Ordinal);

    private string IndexerParameters(MethodDefinitionHandle accessor, int count)
    {
        var method = _reader.GetMethodDefinition(accessor);
        return Parameters.Render(_reader, method, _signatures.Method(method, _scope), count, _scope);
    }
}
