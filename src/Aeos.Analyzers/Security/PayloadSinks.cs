using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Security;

/// <summary>
/// The calls through which AEOS3009 sees decoded data become code or leave the process: they load an
/// assembly, start a process, invoke by reflection, reach unmanaged memory, compile or run a script, write
/// a file, or send over the network. The types are resolved once per compilation.
/// </summary>
internal sealed class PayloadSinks
{
    /// <summary>Methods by containing type; <c>*</c> is every method and constructor of the type.</summary>
    private static readonly (string Type, string[] Methods)[] Methods =
    {
        ("System.Reflection.Assembly", new[] { "Load", "LoadFrom", "LoadFile", "UnsafeLoadFrom", "ReflectionOnlyLoad", "LoadModule" }),
        ("System.AppDomain", new[] { "Load", "ExecuteAssembly", "ExecuteAssemblyByName" }),
        ("System.Runtime.Loader.AssemblyLoadContext", new[] { "LoadFromStream", "LoadFromAssemblyPath", "LoadFromNativeImagePath", "LoadUnmanagedDllFromPath" }),
        ("System.Diagnostics.Process", new[] { "Start" }),
        ("System.Diagnostics.ProcessStartInfo", new[] { "*" }),
        ("System.Reflection.MethodBase", new[] { "Invoke" }),
        ("System.Reflection.MethodInfo", new[] { "Invoke" }),
        ("System.Reflection.ConstructorInfo", new[] { "Invoke" }),
        ("System.Type", new[] { "InvokeMember" }),
        ("System.Delegate", new[] { "DynamicInvoke", "CreateDelegate" }),
        ("System.Activator", new[] { "CreateInstance", "CreateInstanceFrom" }),
        ("System.Runtime.InteropServices.Marshal", new[] { "*" }),
        ("System.Runtime.InteropServices.NativeLibrary", new[] { "*" }),
        ("System.IO.File", new[] { "WriteAllBytes", "WriteAllBytesAsync", "WriteAllText", "WriteAllTextAsync", "WriteAllLines", "WriteAllLinesAsync", "AppendAllText", "AppendAllTextAsync" }),
        ("System.CodeDom.Compiler.CodeDomProvider", new[] { "CompileAssemblyFromSource", "CompileAssemblyFromFile", "CompileAssemblyFromDom" }),
        ("Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript", new[] { "*" }),
        ("Microsoft.CodeAnalysis.VisualBasic.Scripting.VisualBasicScript", new[] { "*" }),
        ("System.Management.Automation.PowerShell", new[] { "AddScript", "AddCommand" }),
    };

    /// <summary>Namespaces (under <c>System</c>) every method and constructor of which is a sink: networking and code generation.</summary>
    private static readonly string[][] Namespaces = { new[] { "System", "Net" }, new[] { "System", "Reflection", "Emit" } };

    private readonly Dictionary<INamedTypeSymbol, string[]> _types = new(SymbolEqualityComparer.Default);

    public PayloadSinks(Compilation compilation)
    {
        foreach (var (name, methods) in Methods)
        {
            if (compilation.GetTypeByMetadataName(name) is { } type)
            {
                _types[type] = methods;
            }
        }
    }

    /// <summary>How a sink is named in a message: <c>Assembly.Load</c>, <c>new ProcessStartInfo</c>.</summary>
    public static string NameOf(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

    /// <summary>True when <paramref name="method"/> loads, runs, writes or sends what it is given.</summary>
    public bool IsSink(IMethodSymbol? method)
    {
        var type = method?.ContainingType;
        if (method is null || type is null)
        {
            return false;
        }

        return (_types.TryGetValue(type.OriginalDefinition, out var methods) && (methods[0] == "*" || methods.Contains(method.Name)))
            || Namespaces.Any(root => IsIn(type.ContainingNamespace, root));
    }

    /// <summary>Whether <paramref name="space"/> is the namespace spelled by <paramref name="root"/> or one inside it, without building its name.</summary>
    private static bool IsIn(INamespaceSymbol? space, string[] root)
    {
        var depth = 0;
        for (var current = space; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            depth++;
        }

        for (var current = space; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace, depth--)
        {
            if (depth <= root.Length)
            {
                return depth == root.Length && Matches(current, root);
            }
        }

        return false;
    }

    private static bool Matches(INamespaceSymbol space, string[] root)
    {
        var current = space;
        for (var i = root.Length - 1; i >= 0; i--, current = current.ContainingNamespace)
        {
            if (current.Name != root[i])
            {
                return false;
            }
        }

        return true;
    }
}
