using System.Reflection;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>static, abstract, virtual, override and sealed override, read from a method's flags.</summary>
internal static class MethodModifiers
{
    public static string Of(MethodAttributes attributes, bool inInterface)
    {
        if ((attributes & MethodAttributes.Static) != 0)
        {
            return "static " + StaticOverridable(attributes);
        }

        // Every instance member of an interface is implicitly abstract or virtual: C# writes neither.
        return inInterface ? string.Empty : Overridable(attributes);
    }

    // Only interfaces have static abstract and static virtual members; the compiler gives them no new slot.
    private static string StaticOverridable(MethodAttributes attributes)
    {
        if ((attributes & MethodAttributes.Abstract) != 0)
        {
            return "abstract ";
        }

        return (attributes & MethodAttributes.Virtual) != 0 ? "virtual " : string.Empty;
    }

    private static string Overridable(MethodAttributes attributes)
    {
        var newSlot = (attributes & MethodAttributes.NewSlot) != 0;
        if ((attributes & MethodAttributes.Abstract) != 0)
        {
            return newSlot ? "abstract " : "abstract override ";
        }

        if ((attributes & MethodAttributes.Virtual) == 0)
        {
            return string.Empty;
        }

        return Virtual(newSlot, (attributes & MethodAttributes.Final) != 0);
    }

    // A sealed new slot is how the compiler implements an interface method with a non-virtual one.
    private static string Virtual(bool newSlot, bool final) => (newSlot, final) switch
    {
        (true, true) => string.Empty,
        (true, false) => "virtual ",
        (false, true) => "sealed override ",
        _ => "override ",
    };
}
