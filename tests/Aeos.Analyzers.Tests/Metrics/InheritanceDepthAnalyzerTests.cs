using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Metrics.InheritanceDepthAnalyzer>;

namespace Aeos.Analyzers.Tests.Metrics;

public sealed class InheritanceDepthAnalyzerTests
{
    private const string LimitOne = "aeos.max_inheritance_depth = 1";

    private const string Chain = """
        namespace Zoo
        {
            public class Animal { }
            public class Mammal : Animal { }
            public class Cat : Mammal { }
            public class Lion : Cat { }
            public sealed class {|#0:WhiteLion|} : Lion { }
        }
        """;

    private const string FrameworkBases = """
        using System;
        using System.Collections.Generic;

        public class DomainException : InvalidOperationException { }
        public class OrderException : DomainException { }
        public class {|#0:PaymentException|} : OrderException { }
        public class Registry : Dictionary<string, int> { }
        public class NamedRegistry : Registry { }
        """;

    [Fact]
    public async Task DeepClassIsReportedWithDepthAndLimit()
    {
        await Verify.VerifyAnalyzerAsync(Chain, Expected(0, "WhiteLion", 4, "classes", 3));
    }

    [Fact]
    public async Task LimitZeroReportsEveryDerivedClass()
    {
        const string source = """
            public class Base { }
            public class {|#0:Derived|} : Base { }
            public class {|#1:Generic|}<T> : Derived { }
            public class {|#2:Closed|} : Generic<int> { }
            public record Root(int A);
            public record {|#3:Leaf|}(int A, int B) : Root(A);
            public struct Point { }
            public interface IShape { }
            public interface IRound : IShape { }
            public static class Helpers { }
            public delegate void Handler();
            public enum Color { Red }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            "aeos.max_inheritance_depth = 0",
            Expected(0, "Derived", 1, "class", 0),
            Expected(1, "Generic<T>", 2, "classes", 0),
            Expected(2, "Closed", 3, "classes", 0),
            Expected(3, "Leaf", 1, "class", 0));
    }

    [Fact]
    public async Task FrameworkBasesAreIgnoredByDefault()
    {
        await Verify.VerifyAnalyzerAsync(
            FrameworkBases,
            LimitOne,
            Expected(0, "PaymentException", 2, "classes", 1));
    }

    [Fact]
    public async Task EmptyIgnoreListCountsEveryBaseButObject()
    {
        const string source = """
            public class {|#0:Failure|} : System.ArgumentNullException { }
            public class Plain { }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            "aeos.max_inheritance_depth = 0\naeos.inheritance_depth_ignored_bases =",
            Expected(0, "Failure", 4, "classes", 0));
    }

    [Fact]
    public async Task IgnoredPatternStopsTheCountAtTheMatchingBase()
    {
        const string source = """
            namespace App.Ui
            {
                public class Window { }
                public class {|#2:Dialog|} : Window { }
                public class Themed : Dialog { }
            }

            namespace App
            {
                public class {|#0:Settings|} : Ui.Themed { }
                public class Outer { public class {|#1:Inner|} : Ui.Window { } }
                public class Deeper : Outer.Inner { }
            }
            """;

        await Verify.VerifyAnalyzerAsync(
            source,
            "aeos.max_inheritance_depth = 0\naeos.inheritance_depth_ignored_bases = App.Ui.D?alog, App.Outer+*",
            Expected(0, "Settings", 1, "class", 0),
            Expected(1, "Outer.Inner", 1, "class", 0),
            Expected(2, "Dialog", 1, "class", 0));
    }

    [Fact]
    public async Task PartialClassIsReportedOnce()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_inheritance_depth = 0");
        test.TestState.Sources.Add(("/src/A.cs", "public class Base { }\npublic partial class {|#0:Split|} : Base { }\n"));
        test.TestState.Sources.Add(("/src/B.cs", "public partial class Split { }\n"));
        test.ExpectedDiagnostics.Add(Expected(0, "Split", 1, "class", 0));

        await test.RunAsync();
    }

    [Fact]
    public async Task OptionsApplyPerFolder()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Base.cs", "public class A { }\npublic class B : A { }\n"));
        test.TestState.Sources.Add(("/src/App/Fresh.cs", "public class {|#0:Fresh|} : B { }\n"));
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", "public class Old : B { }\n"));
        test.WithEditorConfig("/.editorconfig", LimitOne)
            .WithEditorConfig("/src/Legacy/.editorconfig", "aeos.max_inheritance_depth = 5");
        test.ExpectedDiagnostics.Add(Expected(0, "Fresh", 2, "classes", 1));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkipped()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.max_inheritance_depth = 0");
        test.TestState.Sources.Add(("/src/Base.cs", "public class Base { }\n"));
        test.TestState.Sources.Add(("/src/View.g.cs", "public class View : Base { }\n"));
        test.TestState.Sources.Add(("/src/Marked.cs", "// <auto-generated/>\npublic class Marked : Base { }\n"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("aeos.max_inheritance_depth", "deep", "expected a whole number of at least 0", "3")]
    [InlineData("aeos.max_inheritance_depth", "-2", "expected a whole number of at least 0", "3")]
    [InlineData(
        "aeos.inheritance_depth_ignored_bases",
        "System.*, My Base",
        "'My Base' is not a wildcard pattern of type names (letters, digits, _ . + ` * ?), expected comma-separated patterns",
        "System.*, Microsoft.*")]
    public async Task InvalidValueIsReportedOnceAndTheDefaultApplies(string key, string value, string problem, string fallback)
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", key + " = " + value);
        test.TestState.Sources.Add(("/src/A.cs", "public class A : System.Exception { }\npublic class B : A { }\n"));
        test.TestState.Sources.Add(("/src/C.cs", "public class C : B { }\n"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption).WithArguments(value, key, problem, fallback));

        await test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string name, int value, string unit, int limit) =>
        Verify.Diagnostic(DiagnosticDescriptors.InheritanceDepth).WithLocation(location).WithArguments(name, value, unit, limit);
}
