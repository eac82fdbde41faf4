using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// A type of a signature with its nullable reference annotations: the text <see cref="TypeNameProvider"/> writes,
/// and that text with <c>?</c> where the compiler's <c>NullableAttribute</c> bytes mark a reference type as
/// annotated. The bytes are read in the order the compiler writes them (Roslyn's nullable-metadata format): a
/// reference type, array or type parameter takes one, followed by those of its type arguments or element type; a
/// non-generic value type takes none, <c>Nullable&lt;T&gt;</c> only those of <c>T</c>, another generic value type one
/// (always 0) and those of its arguments.
/// </summary>
internal sealed class AnnotatedType
{
    private readonly Func<NullableFlags, string> _annotated;

    private AnnotatedType(string plain, Func<NullableFlags, string> annotated, bool isValueType = false, bool isNullableDefinition = false)
    {
        Plain = plain;
        _annotated = annotated;
        IsValueType = isValueType;
        IsNullableDefinition = isNullableDefinition;
    }

    /// <summary>The text without annotations, as <see cref="TypeNameProvider"/> writes it.</summary>
    public string Plain { get; }

    private bool IsValueType { get; }

    private bool IsNullableDefinition { get; }

    /// <summary>The text with <c>?</c> on each reference type the flags mark as annotated; consumes its flags.</summary>
    public string Annotated(NullableFlags flags) => _annotated(flags);

    public static AnnotatedType Leaf(string plain, bool isValueType, bool isNullableDefinition = false) =>
        new(plain, flags => isValueType ? plain : plain + flags.Mark(), isValueType, isNullableDefinition);

    /// <summary>A type parameter: one byte, whatever its constraints (0 for one constrained to a value type).</summary>
    public static AnnotatedType TypeParameter(string name) => new(name, flags => name + flags.Mark());

    public static AnnotatedType Wrapped(string plain, AnnotatedType inner, Func<string, string> wrap) =>
        new(plain, flags => wrap(inner.Annotated(flags)));

    public static AnnotatedType Array(string plain, AnnotatedType element, Func<string, string> wrap) =>
        new(plain, flags =>
        {
            var own = flags.Mark();
            return wrap(element.Annotated(flags)) + own;
        });

    public static AnnotatedType Generic(AnnotatedType definition, ImmutableArray<AnnotatedType> arguments) =>
        new(
            MetadataNames.Instantiate(definition.Plain, arguments.Select(a => a.Plain).ToList()),
            flags => GenericText(definition, arguments, flags),
            definition.IsValueType);

    private static string GenericText(AnnotatedType definition, ImmutableArray<AnnotatedType> arguments, NullableFlags flags)
    {
        var own = definition.IsNullableDefinition ? string.Empty : flags.Mark();
        var texts = new List<string>(arguments.Length);
        foreach (var argument in arguments)
        {
            texts.Add(argument.Annotated(flags));
        }

        return MetadataNames.Instantiate(definition.Plain, texts) + (definition.IsValueType ? string.Empty : own);
    }
}
