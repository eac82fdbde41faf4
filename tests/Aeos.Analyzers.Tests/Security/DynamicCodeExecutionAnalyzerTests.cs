using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.DynamicCodeExecutionAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class DynamicCodeExecutionAnalyzerTests
{
    /// <summary>Look-alikes of the Roslyn scripting package and System.CodeDom with their real names.</summary>
    private const string Libraries = """
        using System.Threading.Tasks;

        namespace Microsoft.CodeAnalysis.CSharp.Scripting
        {
            public static class CSharpScript { public static Task<object> EvaluateAsync(string code) => Task.FromResult(new object()); }
        }

        namespace System.CodeDom.Compiler
        {
            public abstract class CodeDomProvider { public virtual object CompileAssemblyFromSource(object options, params string[] sources) => new object(); }
        }
        """;

    private const string Positives = """
        using System;
        using System.CodeDom.Compiler;
        using System.IO;
        using System.Reflection;
        using System.Runtime.Loader;
        using System.Threading.Tasks;
        using Microsoft.CodeAnalysis.CSharp.Scripting;

        public class Plugins
        {
            public async Task<object> EvalAsync(string code) => await {|#0:CSharpScript.EvaluateAsync(code)|};

            public object Compile(CodeDomProvider provider, string source) => {|#1:provider.CompileAssemblyFromSource(new object(), source)|};

            public Assembly Load(byte[] bytes, Stream stream)
            {
                var other = {|#2:AssemblyLoadContext.Default.LoadFromStream(stream)|};
                return {|#3:Assembly.Load(bytes)|};
            }

            public object? Create(string typeName, string assembly)
            {
                var type = Type.GetType(typeName)!;
                Func<object?> later = () => {|#4:Activator.CreateInstance(Type.GetType(typeName + "Handler")!)|};
                var handle = {|#5:Activator.CreateInstance(assembly, typeName)|};
                return {|#6:Activator.CreateInstance(type)|};
            }
        }
        """;

    private const string Negatives = """
        using System;
        using System.Reflection;

        public class Safe
        {
            public object? Create() => Activator.CreateInstance(Type.GetType("System.Text.StringBuilder")!);
            public object? Known(Type type) => Activator.CreateInstance(type);
            public object? Generic() => Activator.CreateInstance<System.Text.StringBuilder>();
            public object? Typed() => Activator.CreateInstance(typeof(Safe));
            public Assembly ByName() => Assembly.Load("System.Text.Json");
            public object? Named(string assembly) => Activator.CreateInstance(assembly, "Fixed.Type");
        }
        """;

    [Fact]
    public async Task ScriptingCompilingLoadingBytesAndCreatingTypesByNameAreReported()
    {
        var test = new Verify.Test { TestCode = Positives };
        test.TestState.Sources.Add(Libraries);
        test.ExpectedDiagnostics.Add(Expected(0, "'CSharpScript.EvaluateAsync'", "it compiles and runs C# or Visual Basic text"));
        test.ExpectedDiagnostics.Add(Expected(1, "'CodeDomProvider.CompileAssemblyFromSource'", "it compiles source at run time"));
        test.ExpectedDiagnostics.Add(Expected(2, "'AssemblyLoadContext.LoadFromStream'", Bytes));
        test.ExpectedDiagnostics.Add(Expected(3, "'Assembly.Load'", Bytes));
        test.ExpectedDiagnostics.Add(Expected(4, "'Activator.CreateInstance'", ByName));
        test.ExpectedDiagnostics.Add(Expected(5, "'Activator.CreateInstance'", ByName));
        test.ExpectedDiagnostics.Add(Expected(6, "'Activator.CreateInstance'", ByName));

        await test.RunAsync();
    }

    [Fact]
    public async Task ConstantNamesKnownTypesAndLoadingByNameAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    private const string Bytes = "it loads an assembly from bytes, not from a signed file of the application";

    private const string ByName = "it instantiates a type whose name is not a constant; map allowed names to types instead";

    private static DiagnosticResult Expected(int location, string what, string why) =>
        Verify.Diagnostic(DiagnosticDescriptors.DynamicCodeExecution).WithLocation(location).WithArguments(what, why);
}
