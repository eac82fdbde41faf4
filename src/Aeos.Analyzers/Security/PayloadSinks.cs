using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Security;

/// <summary>
/// The calls through which AEOS3009 sees decoded data become code or leave the process: they load an
/// assembly, start a process, invoke by reflection, reach unmanaged memory, compile or run a script, write
/// a file, or send over the network.
/// </summary>
internal static class PayloadSinks
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

    /// <summary>Namespaces every method and constructor of which is a sink: networking and code generation.</summary>
    private static readonly string[] Namespaces = { "System.Net", "System.Reflection.Emit" };

    /// <summary>True when <paramref name="method"/> loads, runs, writes or sends what it is given.</summary>
    public static bool IsSink(IMethodSymbol? method)
    {
        var type = method?.ContainingType;
        if (method is null || type is null)
        {
            return false;
        }

        var name = type.OriginalDefinition.ToDisplayString();
        return Methods.Any(m => m.Type == name && (m.Methods[0] == "*" || m.Methods.Contains(method.Name)))
            || Namespaces.Any(n => IsIn(type.ContainingNamespace?.ToDisplayString(), n));
    }

    /// <summary>How a sink is named in a message: <c>Assembly.Load</c>, <c>new ProcessStartInfo</c>.</summary>
    public static string NameOf(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

    private static bool IsIn(string? space, string root) =>
        space is not null && (space == root || space.StartsWith(root + ".", StringComparison.Ordinal));
}
