using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Security.InsecureDeserializationAnalyzer,
    Aeos.Analyzers.CodeFixes.Security.TypeNameHandlingNoneFixer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class InsecureDeserializationAnalyzerTests
{
    /// <summary>Look-alikes of Newtonsoft.Json, ASP.NET Core's options and System.Web's serializer, with their real names.</summary>
    internal const string Libraries = """
        namespace Newtonsoft.Json
        {
            public enum TypeNameHandling { None = 0, Objects = 1, Arrays = 2, All = 3, Auto = 4 }
            public class JsonSerializerSettings
            {
                public TypeNameHandling TypeNameHandling { get; set; }
                public object? SerializationBinder { get; set; }
            }
            public class JsonSerializer
            {
                public TypeNameHandling TypeNameHandling { get; set; }
                public static JsonSerializer Create(JsonSerializerSettings settings) => new JsonSerializer();
            }
        }

        namespace Microsoft.AspNetCore.Mvc
        {
            public class MvcNewtonsoftJsonOptions { public Newtonsoft.Json.JsonSerializerSettings SerializerSettings { get; } = new(); }
            public class MvcBuilder
            {
                public MvcBuilder AddNewtonsoftJson(System.Action<MvcNewtonsoftJsonOptions> configure) => this;
            }
        }

        namespace System.Web.Script.Serialization
        {
            public abstract class JavaScriptTypeResolver { }
            public class SimpleTypeResolver : JavaScriptTypeResolver { }
            public class JavaScriptSerializer
            {
                public JavaScriptSerializer() { }
                public JavaScriptSerializer(JavaScriptTypeResolver? resolver) { }
            }
        }

        namespace MyApp.Legacy
        {
            public class BinaryFormatter { }
        }
        """;

    private const string Positives = """
        using System.IO;
        using System.Runtime.Serialization.Formatters.Binary;
        using System.Threading.Tasks;
        using System.Web.Script.Serialization;
        using Microsoft.AspNetCore.Mvc;
        using Newtonsoft.Json;

        public class Storage
        {
            private readonly BinaryFormatter _formatter = {|#0:new BinaryFormatter()|};
            private JsonSerializerSettings Settings { get; } = new() { TypeNameHandling = {|#1:TypeNameHandling.Auto|} };

            public async Task<object> LoadAsync(Stream stream)
            {
                await Task.Yield();
                var serializer = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = {|#2:TypeNameHandling.All|} });
                serializer.TypeNameHandling = {|#3:Newtonsoft.Json.TypeNameHandling.Objects|};
                return {|#4:new BinaryFormatter()|}.Deserialize(stream);
            }

            public void Configure(MvcBuilder mvc) =>
                mvc.AddNewtonsoftJson(o => o.SerializerSettings.TypeNameHandling = {|#5:TypeNameHandling.Arrays|});

            public object Old() => {|#6:new JavaScriptSerializer(new SimpleTypeResolver())|};
        }
        """;

    private const string PositivesFixed = """
        using System.IO;
        using System.Runtime.Serialization.Formatters.Binary;
        using System.Threading.Tasks;
        using System.Web.Script.Serialization;
        using Microsoft.AspNetCore.Mvc;
        using Newtonsoft.Json;

        public class Storage
        {
            private readonly BinaryFormatter _formatter = {|#0:new BinaryFormatter()|};
            private JsonSerializerSettings Settings { get; } = new() { TypeNameHandling = TypeNameHandling.None };

            public async Task<object> LoadAsync(Stream stream)
            {
                await Task.Yield();
                var serializer = JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
                serializer.TypeNameHandling = Newtonsoft.Json.TypeNameHandling.None;
                return {|#4:new BinaryFormatter()|}.Deserialize(stream);
            }

            public void Configure(MvcBuilder mvc) =>
                mvc.AddNewtonsoftJson(o => o.SerializerSettings.TypeNameHandling = TypeNameHandling.None);

            public object Old() => {|#6:new JavaScriptSerializer(new SimpleTypeResolver())|};
        }
        """;

    private const string Negatives = """
        using System.Runtime.Serialization;
        using System.Web.Script.Serialization;
        using Newtonsoft.Json;

        public class Safe
        {
            public object A() => new MyApp.Legacy.BinaryFormatter();
            public object B() => new DataContractSerializer(typeof(Safe));
            public object C() => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None };
            public object D() => new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto, SerializationBinder = new object() };
            public object E(TypeNameHandling fromConfig) => new JsonSerializerSettings { TypeNameHandling = fromConfig };
            public object F() => new JavaScriptSerializer();
            public object G() => new JavaScriptSerializer(null);

            public void H(JsonSerializerSettings settings)
            {
                settings.SerializationBinder = new object();
                settings.TypeNameHandling = TypeNameHandling.Objects;
            }
        }
        """;

    [Fact]
    public async Task FormattersTypeNameHandlingAndTypeResolversAreReportedAndTypeNameHandlingIsFixedToNone()
    {
        var test = new Verify.Test { TestCode = Positives, FixedCode = PositivesFixed };
        test.TestState.Sources.Add(Libraries);
        test.FixedState.Sources.Add(Libraries);
        test.ExpectedDiagnostics.Add(Expected(0, "BinaryFormatter", Formatter));
        test.ExpectedDiagnostics.Add(Expected(1, "TypeNameHandling = TypeNameHandling.Auto", Json));
        test.ExpectedDiagnostics.Add(Expected(2, "TypeNameHandling = TypeNameHandling.All", Json));
        test.ExpectedDiagnostics.Add(Expected(3, "TypeNameHandling = Newtonsoft.Json.TypeNameHandling.Objects", Json));
        test.ExpectedDiagnostics.Add(Expected(4, "BinaryFormatter", Formatter));
        test.ExpectedDiagnostics.Add(Expected(5, "TypeNameHandling = TypeNameHandling.Arrays", Json));
        test.ExpectedDiagnostics.Add(Expected(6, "JavaScriptSerializer with a type resolver", "the JSON names the types to create; drop the resolver"));
        test.FixedState.ExpectedDiagnostics.Add(Expected(0, "BinaryFormatter", Formatter));
        test.FixedState.ExpectedDiagnostics.Add(Expected(4, "BinaryFormatter", Formatter));
        test.FixedState.ExpectedDiagnostics.Add(Expected(6, "JavaScriptSerializer with a type resolver", "the JSON names the types to create; drop the resolver"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task LookAlikesSafeSettingsAndABinderAreNotReported()
    {
        var test = new Verify.Test { TestCode = Negatives, FixedCode = Negatives };
        test.TestState.Sources.Add(Libraries);
        test.FixedState.Sources.Add(Libraries);

        await test.RunAsync();
    }

    [Fact]
    public async Task WithoutAnyOfTheLibrariesNothingIsReported() =>
        await Verify.VerifyAnalyzerAsync("public class TypeNameHandling { public int All { get; set; } public void M() => All = 3; }");

    private const string Formatter = "it creates whatever types its input names; use System.Text.Json, or DataContractSerializer with known types";

    private const string Json = "the JSON names the types to create; use TypeNameHandling.None, or allow only known types with a SerializationBinder";

    private static DiagnosticResult Expected(int location, string what, string why) =>
        Verify.Diagnostic(DiagnosticDescriptors.InsecureDeserialization).WithLocation(location).WithArguments(what, why);
}
