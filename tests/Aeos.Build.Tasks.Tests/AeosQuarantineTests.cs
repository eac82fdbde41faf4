using System;
using System.IO;
using System.Linq;
using System.Text;
using Aeos.Build.Tasks.Quarantine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Aeos.Build.Tasks.Tests;

public sealed class AeosQuarantineTests : IDisposable
{
    private const string Tests = """
        using Xunit;

        namespace App.Tests;

        public sealed class InvoiceTests
        {
            [Fact]
            public void Stable()
            {
            }

            [Fact]
            [Trait("Quarantine", "2026-12-06 #123")]
            public void Flaky()
            {
                System.GC.KeepAlive(this);
            }

            [Fact]
            [Trait("Category", "2020-01-01 #1")]
            public void OtherTrait()
            {
            }

            public sealed class Nested
            {
                [Theory]
                [InlineData(1)]
                [Trait("Quarantine", "2026-12-04 #77")]
                public void Old(int value)
                {
                    System.GC.KeepAlive(value);
                }
            }
        }

        [Trait("Quarantine", "soon")]
        public sealed class WholeClassTests
        {
            [Fact]
            public void Any()
            {
                System.GC.KeepAlive(this);
            }
        }
        """;

    private readonly TemporaryDirectory _root = new();
    private readonly RecordingBuildEngine _engine = new();

    public void Dispose() => _root.Dispose();

    private string SourceFile => _root.File("InvoiceTests.cs");

    [Fact]
    public void ReadsTraitsOfMethodsNestedClassesAndClassesWithTheirSourceLines()
    {
        var tests = QuarantineReader.Read(Compile(Tests));

        Assert.Equal(
            new[] { ("App.Tests.InvoiceTests+Nested.Old", "2026-12-04 #77", BodyLine("Old")), ("App.Tests.InvoiceTests.Flaky", "2026-12-06 #123", BodyLine("Flaky")), ("App.Tests.WholeClassTests", "soon", BodyLine("Any")) },
            tests.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Name, t.Value, t.Line)));
        Assert.All(tests, t => Assert.Equal(SourceFile, t.File));
    }

    [Fact]
    public void AQuarantineInForceIsListedAndAnExpiredOneIsAeos9801AtTheTest()
    {
        var gate = Gate(Compile(Tests), "2026-12-07");

        Assert.False(gate.Execute());

        Assert.Equal(new[] { "App.Tests.InvoiceTests.Flaky: until 2026-12-08 (#123)" }, gate.Quarantined);
        var expired = Assert.Single(_engine.Errors, e => e.Code == "AEOS9801");
        Assert.Equal((SourceFile, BodyLine("Old")), (expired.File, expired.LineNumber));
        Assert.Equal("The quarantine of the test App.Tests.InvoiceTests+Nested.Old in App.Tests expired on 2026-12-06: it was quarantined on 2026-12-04 for #77, and a quarantine lasts 48 hours. Fix the test (and remove the trait) or delete it.", expired.Message);
        Assert.Equal(2, gate.Overdue);
        Assert.Contains(_engine.Messages, m => m.Message == "Aeos: 1 quarantined test(s) of App.Tests left out of the test run: App.Tests.InvoiceTests.Flaky: until 2026-12-08 (#123)");
    }

    [Fact]
    public void AMalformedValueIsAeos9802NamingTheTestAndTheValue()
    {
        Gate(Compile(Tests), "2026-12-07").Execute();

        var malformed = Assert.Single(_engine.Errors, e => e.Code == "AEOS9802");
        Assert.Equal((SourceFile, BodyLine("Any")), (malformed.File, malformed.LineNumber));
        Assert.StartsWith("The quarantine of the test App.Tests.WholeClassTests in App.Tests cannot be read: [Trait(\"Quarantine\", \"soon\")]: it is not 'yyyy-MM-dd #ticket'", malformed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-06", true)]
    [InlineData("2026-12-07", true)]
    [InlineData("2026-12-08", false)]
    public void AQuarantineHoldsOnItsDateAndTheDayAfter(string today, bool inForce)
    {
        var gate = Gate(Compile("namespace A; public class T { [Xunit.Fact, Xunit.Trait(\"Quarantine\", \"2026-12-06 #5\")] public void M() { } }"), today);

        Assert.Equal(inForce, gate.Execute());

        Assert.Equal(inForce ? 1 : 0, gate.Quarantined.Length);
        Assert.Equal(inForce ? 0 : 1, _engine.Errors.Count(e => e.Code == "AEOS9801"));
    }

    [Theory]
    [InlineData("2026-12-09 #5", "its date 2026-12-09 is after today (2026-12-07, AeosToday)")]
    [InlineData("2026-02-30 #5", "'2026-02-30' is not a date")]
    [InlineData("2026-12-06", "it is not 'yyyy-MM-dd #ticket'")]
    [InlineData("2026-12-06 123", "it is not 'yyyy-MM-dd #ticket'")]
    public void DatesAfterTomorrowImpossibleDatesAndMissingTicketsAreAeos9802(string value, string problem)
    {
        var gate = Gate(Compile("namespace A; public class T { [Xunit.Fact, Xunit.Trait(\"Quarantine\", \"" + value + "\")] public void M() { } }"), "2026-12-07");

        Assert.False(gate.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("AEOS9802", error.Code);
        Assert.Contains("A.T.M in App.Tests cannot be read: [Trait(\"Quarantine\", \"" + value + "\")]: " + problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TomorrowsDateIsAcceptedForClocksAheadOfUtc()
    {
        var gate = Gate(Compile("namespace A; public class T { [Xunit.Fact, Xunit.Trait(\"Quarantine\", \"2026-12-08 #5\")] public void M() { } }"), "2026-12-07");

        Assert.True(gate.Execute());

        Assert.Equal(new[] { "A.T.M: until 2026-12-10 (#5)" }, gate.Quarantined);
    }

    [Fact]
    public void AnInvalidTodayAndAnUnreadableAssemblyAreAeos9001()
    {
        var assembly = Compile(Tests);
        Assert.False(Gate(assembly, "07.12.2026").Execute());
        File.WriteAllText(_root.File("broken.dll"), "not an assembly");
        Assert.False(Gate(_root.File("broken.dll"), "2026-12-07").Execute());

        Assert.Equal(new[] { "AEOS9001", "AEOS9001" }, _engine.Errors.Select(e => e.Code));
        Assert.Contains("AeosToday is '07.12.2026', not a date yyyy-MM-dd", _engine.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(_root.File("broken.dll"), _engine.Errors[1].File);
    }

    /// <summary>The 1-based line of the opening brace of a method of <see cref="Tests"/>: a Debug build's first sequence point.</summary>
    private static int BodyLine(string method) =>
        Array.FindIndex(Tests.Split('\n'), line => line.Contains("public void " + method + "(", StringComparison.Ordinal)) + 2;

    private AeosQuarantine Gate(string assembly, string today) => new()
    {
        BuildEngine = _engine,
        AssemblyFile = assembly,
        ProjectName = "App.Tests",
        ProjectFile = "App.Tests.csproj",
        Today = today,
    };

    /// <summary>A real test assembly against xunit, with its portable PDB beside it, as the build leaves it in obj/.</summary>
    private string Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) == "netstandard.dll")
            .Append(typeof(FactAttribute).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(source, Encoding.UTF8), new CSharpParseOptions(LanguageVersion.CSharp12), SourceFile);
        var compilation = CSharpCompilation.Create("App.Tests", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug));
        var path = _root.File("App.Tests.dll");
        using (var assembly = File.Create(path))
        using (var pdb = File.Create(Path.ChangeExtension(path, ".pdb")))
        {
            var result = compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        }

        return path;
    }
}
