using System.Reflection;
using System.Reflection.Metadata;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>
/// What code outside the assembly can see: public, protected and protected internal members of visible
/// types. Private protected and internal are invisible, and so is anything protected in a sealed type
/// (nobody can derive from it to reach the member).
/// </summary>
internal static class Visibility
{
    // The member access values of ECMA-335 II.23.1.10/II.23.1.5, shared by methods and fields.
    private const int FamilyAccess = 4;
    private const int FamilyOrAssemblyAccess = 5;
    private const int PublicAccess = 6;

    public static bool IsVisible(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        if (MetadataNames.IsUnspeakable(reader.GetString(type.Name)))
        {
            return false;
        }

        return (type.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => true,
            TypeAttributes.NestedPublic => IsVisible(reader, type.GetDeclaringType()),
            TypeAttributes.NestedFamily or TypeAttributes.NestedFamORAssem => IsVisibleAndOpen(reader, type.GetDeclaringType()),
            _ => false,
        };
    }

    /// <summary>The accessibility keyword of a nested or top-level visible type.</summary>
    public static string OfType(TypeAttributes attributes) => (attributes & TypeAttributes.VisibilityMask) switch
    {
        TypeAttributes.NestedFamily => "protected",
        TypeAttributes.NestedFamORAssem => "protected internal",
        _ => "public",
    };

    /// <summary>The keyword for a member access value, or null when the member is invisible.</summary>
    public static string? OfMember(int access, bool sealedContainer) => access switch
    {
        PublicAccess => "public",
        FamilyAccess when !sealedContainer => "protected",
        FamilyOrAssemblyAccess when !sealedContainer => "protected internal",
        _ => null,
    };

    /// <summary>Orders accessibilities so a property shows the wider one and marks a narrower accessor.</summary>
    public static int Rank(string? keyword) => keyword switch
    {
        "public" => 3,
        "protected internal" => 2,
        "protected" => 1,
        _ => 0,
    };

    public static bool IsSealed(TypeAttributes attributes) => (attributes & TypeAttributes.Sealed) != 0;

    private static bool IsVisibleAndOpen(MetadataReader reader, TypeDefinitionHandle declaring) =>
        IsVisible(reader, declaring) && !IsSealed(reader.GetTypeDefinition(declaring).Attributes);
}
