using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// Members that code reaches without naming them: through reflection, serialization, interop, test and
/// benchmark frameworks (recognized by their attributes, plus those of <c>aeos.used_implicitly_attributes</c>),
/// and through the patterns the compiler calls by name (<c>GetEnumerator</c>, <c>Deconstruct</c>, <c>Add</c> …).
/// </summary>
internal static class ImplicitUses
{
    /// <summary>Attribute names without the <c>Attribute</c> suffix; any namespace.</summary>
    public static readonly ImmutableHashSet<string> Attributes = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "DllImport", "LibraryImport", "UnmanagedCallersOnly", "ModuleInitializer", "DynamicDependency", "Preserve",
        "UsedImplicitly", "PublicAPI", "MeansImplicitUse",
        "JsonPropertyName", "JsonProperty", "JsonInclude", "JsonConstructor", "JsonExtensionData", "JsonRequired",
        "DataMember", "OnDeserialized", "OnDeserializing", "OnSerialized", "OnSerializing",
        "XmlElement", "XmlAttribute", "XmlArray", "XmlArrayItem", "XmlText", "ProtoMember", "Key",
        "Fact", "Theory", "MemberData", "ClassData", "Test", "TestCase", "TestCaseSource", "ValueSource",
        "SetUp", "TearDown", "OneTimeSetUp", "OneTimeTearDown", "TestMethod", "DataTestMethod", "DynamicData",
        "TestInitialize", "TestCleanup", "ClassInitialize", "ClassCleanup", "AssemblyInitialize", "AssemblyCleanup",
        "Benchmark", "GlobalSetup", "GlobalCleanup", "IterationSetup", "IterationCleanup", "Params", "ParamsSource", "ArgumentsSource",
        "Export", "Import", "ImportMany", "ImportingConstructor", "Inject", "Parameter", "CascadingParameter", "SupplyParameterFromQuery",
        "ObservableProperty", "RelayCommand", "JSInvokable");

    /// <summary>Methods and properties the compiler or the runtime calls by their name.</summary>
    private static readonly ImmutableHashSet<string> PatternNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Main", "GetEnumerator", "GetAsyncEnumerator", "MoveNext", "MoveNextAsync", "Current", "Deconstruct", "Add",
        "GetAwaiter", "GetResult", "IsCompleted", "OnCompleted", "UnsafeOnCompleted", "Dispose", "DisposeAsync",
        "GetPinnableReference", "Slice", "Length", "Count", "Reset", "PrintMembers");

    /// <summary>Whether <paramref name="symbol"/> carries a known or configured "used implicitly" attribute.</summary>
    public static bool HasMarker(ISymbol symbol, ImmutableArray<string> configured) =>
        symbol.GetAttributes().Any(attribute => attribute.AttributeClass is { } type && IsMarker(type, configured));

    /// <summary>Whether the compiler or a designer may call <paramref name="member"/> without naming it.</summary>
    public static bool IsPatternMethod(ISymbol member) =>
        PatternNames.Contains(member.Name)
        || member.Name.StartsWith("ShouldSerialize", StringComparison.Ordinal);

    /// <summary>An event-handler shape: <c>(object sender, XxxEventArgs e)</c>, hooked up by designers and markup.</summary>
    public static bool IsEventHandler(IMethodSymbol method) =>
        method.Parameters.Length == 2
        && method.Parameters[0].Type.SpecialType == SpecialType.System_Object
        && DerivesFromEventArgs(method.Parameters[1].Type);

    private static bool DerivesFromEventArgs(ITypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name.EndsWith("EventArgs", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A known attribute, one whose class is marked JetBrains <c>[MeansImplicitUse]</c>, or a configured one.</summary>
    private static bool IsMarker(INamedTypeSymbol type, ImmutableArray<string> configured)
    {
        var name = Trim(type.Name);
        if (Attributes.Contains(name) || type.GetAttributes().Any(a => a.AttributeClass?.Name == "MeansImplicitUseAttribute"))
        {
            return true;
        }

        var full = Trim(type.ToDisplayString());
        return configured.Any(pattern => Matches(Trim(pattern), name, full));
    }

    private static bool Matches(string pattern, string name, string full)
    {
        if (pattern.EndsWith("*", StringComparison.Ordinal))
        {
            var prefix = pattern.Substring(0, pattern.Length - 1);
            return name.StartsWith(prefix, StringComparison.Ordinal) || full.StartsWith(prefix, StringComparison.Ordinal);
        }

        return pattern == name || pattern == full;
    }

    private static string Trim(string name) =>
        name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length
            ? name.Substring(0, name.Length - "Attribute".Length)
            : name;
}
