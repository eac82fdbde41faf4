using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Aeos.Build.Tasks.Quarantine;

/// <summary>A <c>Quarantine</c> trait found on a test method or a test class, and where its code is.</summary>
internal sealed class QuarantinedTest
{
    public QuarantinedTest(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The test's fully qualified name as VSTest shows it (<c>Namespace.Class.Method</c>, or the class for a class-level trait).</summary>
    public string Name { get; }

    public string Value { get; }

    /// <summary>The source file of the test (from the portable PDB); empty when there is none.</summary>
    public string File { get; set; } = string.Empty;

    public int Line { get; set; }

    public int Column { get; set; }
}

/// <summary>
/// Reads the <c>Xunit.TraitAttribute("Quarantine", …)</c> of a test assembly from its metadata (it is never
/// loaded), on methods and on classes, with each test's source position when a portable PDB is at hand.
/// </summary>
internal static class QuarantineReader
{
    public const string TraitName = "Quarantine";

    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static List<QuarantinedTest> Read(string assemblyPath)
    {
        using var stream = System.IO.File.OpenRead(assemblyPath);
        using var image = new PEReader(stream);
        if (!image.HasMetadata)
        {
            throw new BadImageFormatException("the file has no .NET metadata");
        }

        var reader = image.GetMetadataReader();
        using var symbols = SourcePositions.Open(image, assemblyPath);
        var found = new List<QuarantinedTest>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            var typeName = TypeName(reader, type);
            foreach (var value in Traits(reader, type.GetCustomAttributes()))
            {
                found.Add(symbols.Locate(new QuarantinedTest(typeName, value), type.GetMethods()));
            }

            foreach (var methodHandle in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(methodHandle);
                foreach (var value in Traits(reader, method.GetCustomAttributes()))
                {
                    found.Add(symbols.Locate(new QuarantinedTest(typeName + "." + reader.GetString(method.Name), value), new[] { methodHandle }));
                }
            }
        }

        return found;
    }

    private static string TypeName(MetadataReader reader, TypeDefinition type)
    {
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            return TypeName(reader, reader.GetTypeDefinition(declaring)) + "+" + name;
        }

        var space = reader.GetString(type.Namespace);
        return space.Length == 0 ? name : space + "." + name;
    }

    private static IEnumerable<string> Traits(MetadataReader reader, CustomAttributeHandleCollection attributes)
    {
        foreach (var handle in attributes)
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (IsTrait(reader, attribute) && TryArguments(reader, attribute, out var name, out var value) && string.Equals(name, TraitName, StringComparison.Ordinal))
            {
                yield return value;
            }
        }
    }

    private static bool IsTrait(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return false;
        }

        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }

        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, "TraitAttribute") && reader.StringComparer.Equals(type.Namespace, "Xunit");
    }

    /// <summary>The two string arguments of <c>TraitAttribute(string name, string value)</c>.</summary>
    private static bool TryArguments(MetadataReader reader, CustomAttribute attribute, out string name, out string value)
    {
        name = value = string.Empty;
        var blob = reader.GetBlobReader(attribute.Value);
        if (blob.Length < 2 || blob.ReadUInt16() != 1)
        {
            return false;
        }

        try
        {
            name = blob.ReadSerializedString() ?? string.Empty;
            value = blob.ReadSerializedString() ?? string.Empty;
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
