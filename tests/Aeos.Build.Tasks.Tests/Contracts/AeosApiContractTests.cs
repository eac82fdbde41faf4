using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Contracts;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Contracts;

public sealed class AeosApiContractTests : IDisposable
{
    private const string Library = """
        namespace Lib
        {
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
                public int Subtract(int a, int b) => a - b;
            }
        }
        """;

    private const string AddLine = "Lib.Calculator.Add | public int Add(int a, int b)";
    private const string SubtractLine = "Lib.Calculator.Subtract | public int Subtract(int a, int b)";

    private readonly TemporaryDirectory _directory = new();
    private readonly RecordingBuildEngine _engine = new();
    private int _builds;

    private string SurfaceFile => _directory.File("Lib/Lib.api.txt");

    private string BundleCopy => _directory.File("artifacts/contracts/Lib.api.txt");

    private string DiffFile => _directory.File("artifacts/contracts/Lib.api.diff");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheFirstBuildWritesTheSurfaceAndADiffOfAdditions()
    {
        Assert.True(Run(Library, "1.2.0"));

        Assert.Equal(
            "# aeos-api-surface: 2\n# assembly: Lib 1.0.0.0\n# version: 1.2.0\n"
            + "Lib.Calculator | public class Lib.Calculator\nLib.Calculator..ctor | public Calculator()\n" + AddLine + "\n" + SubtractLine + "\n",
            File.ReadAllText(SurfaceFile));
        Assert.Equal(
            "# aeos-api-diff: 1\n# assembly: Lib\n# from: (none)\n# to: 1.2.0\n# result: new\n"
            + "+ Lib.Calculator | public class Lib.Calculator\n+ Lib.Calculator..ctor | public Calculator()\n+ " + AddLine + "\n+ " + SubtractLine + "\n",
            File.ReadAllText(DiffFile));
        Assert.Empty(_engine.Errors);
    }

    [Fact]
    public void AnUnchangedSurfaceKeepsItsBytesAndIsMarkedCurrent()
    {
        Assert.True(Run(Library, "1.2.0"));
        var before = File.ReadAllBytes(SurfaceFile);
        File.SetLastWriteTimeUtc(SurfaceFile, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(Run(Library, "1.2.0"));

        Assert.Equal(before, File.ReadAllBytes(SurfaceFile));
        Assert.True(File.GetLastWriteTimeUtc(SurfaceFile) > new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal("# aeos-api-diff: 1\n# assembly: Lib\n# from: 1.2.0\n# to: 1.2.0\n# result: unchanged\n", File.ReadAllText(DiffFile));
    }

    [Fact]
    public void AdditionsPassAndBecomeTheAcceptedSurface()
    {
        Assert.True(Run(Library, "1.2.0"));

        Assert.True(Run(Library.Replace("public int Add(", "public int Multiply(int a, int b) => a * b;\n public int Add(", StringComparison.Ordinal), "1.2.1"));

        Assert.Empty(_engine.Errors);
        Assert.Contains("Lib.Calculator.Multiply | public int Multiply(int a, int b)", File.ReadAllLines(SurfaceFile));
        Assert.Equal(
            "# aeos-api-diff: 1\n# assembly: Lib\n# from: 1.2.0\n# to: 1.2.1\n# result: compatible\n+ Lib.Calculator.Multiply | public int Multiply(int a, int b)\n",
            File.ReadAllText(DiffFile));
    }

    [Fact]
    public void ARemovedMemberWithTheSameMajorIsAnErrorAndTheAcceptedSurfaceStays()
    {
        Assert.True(Run(Library, "1.2.0"));
        var accepted = File.ReadAllText(SurfaceFile);

        Assert.False(Run(WithoutSubtract(), "1.3.0"));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9301", SurfaceFile, 7), (error.Code, error.File, error.LineNumber));
        Assert.Contains("Lib: the public API signature '" + SubtractLine + "' was removed or changed", error.Message, StringComparison.Ordinal);
        Assert.Contains("(1.2.0 -> 1.3.0)", error.Message, StringComparison.Ordinal);
        Assert.Equal(accepted, File.ReadAllText(SurfaceFile));
        Assert.Equal("# aeos-api-diff: 1\n# assembly: Lib\n# from: 1.2.0\n# to: 1.3.0\n# result: breaking, rejected\n- " + SubtractLine + "\n", File.ReadAllText(DiffFile));
    }

    [Fact]
    public void TheBundleGetsACopyOfTheAcceptedSurfaceWhichStaysTheAcceptedOneWhenABreakIsRejected()
    {
        Assert.True(Run(Library, "1.2.0"));
        var accepted = File.ReadAllText(SurfaceFile);
        Assert.Equal(accepted, File.ReadAllText(BundleCopy));

        Assert.False(Run(WithoutSubtract(), "1.3.0"));

        Assert.Equal(accepted, File.ReadAllText(BundleCopy));
    }

    [Fact]
    public void AnUpgradeFromTheBundleLocationJudgesByTheSurfaceAcceptedThereAndMovesIt()
    {
        // Earlier versions of Aeos kept the accepted surface in artifacts/contracts/ only.
        Assert.True(Run(Library, "1.2.0"));
        var accepted = File.ReadAllText(SurfaceFile);
        File.Delete(SurfaceFile);

        Assert.False(Run(WithoutSubtract(), "1.3.0"));
        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9301", BundleCopy, 7), (error.Code, error.File, error.LineNumber));
        Assert.False(File.Exists(SurfaceFile));
        Assert.Contains(_engine.Messages, m => m.Message!.Contains("where earlier versions of Aeos kept it", StringComparison.Ordinal));

        Assert.True(Run(Library, "1.3.0"));
        Assert.Equal(accepted.Replace("# version: 1.2.0", "# version: 1.3.0", StringComparison.Ordinal), File.ReadAllText(SurfaceFile));
        Assert.Equal(File.ReadAllText(SurfaceFile), File.ReadAllText(BundleCopy));
    }

    [Fact]
    public void AnAcceptedFileOfTheEarlierFormatIsJudgedWithoutAnnotationsAndRewrittenWithThem()
    {
        const string Nullable = "namespace Lib { public class Names { public string? Find(string key) => null; } }";
        Directory.CreateDirectory(Path.GetDirectoryName(SurfaceFile)!);
        File.WriteAllText(SurfaceFile, "# aeos-api-surface: 1\n# assembly: Lib 1.0.0.0\n# version: 1.0.0\n"
            + "Lib.Names | public class Lib.Names\nLib.Names..ctor | public Names()\nLib.Names.Find | public string Find(string key)\n");

        Assert.True(Run(Nullable, "1.0.1"));

        Assert.Empty(_engine.Errors);
        Assert.Contains("# result: unchanged", File.ReadAllText(DiffFile), StringComparison.Ordinal);
        Assert.Equal(
            "# aeos-api-surface: 2\n# assembly: Lib 1.0.0.0\n# version: 1.0.1\nLib.Names | public class Lib.Names\nLib.Names..ctor | public Names()\nLib.Names.Find | public string? Find(string key)\n",
            File.ReadAllText(SurfaceFile));
    }

    [Fact]
    public void AChangedAnnotationIsAChangedSignature()
    {
        Assert.True(Run("namespace Lib { public class Names { public string Find(string key) => key; } }", "1.0.0"));

        Assert.False(Run("namespace Lib { public class Names { public string? Find(string key) => key; } }", "1.1.0"));

        var error = Assert.Single(_engine.Errors);
        Assert.Contains("'Lib.Names.Find | public string Find(string key)' was removed or changed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangedSignatureIsARemovalAndAnAddition()
    {
        Assert.True(Run(Library, "1.2.0"));

        Assert.False(Run(Library.Replace("Add(int a, int b)", "Add(long a, int b)", StringComparison.Ordinal).Replace("=> a + b", "=> (int)a + b", StringComparison.Ordinal), "1.2.0"));

        var error = Assert.Single(_engine.Errors);
        Assert.Contains("'" + AddLine + "'", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            "- " + AddLine + "\n+ Lib.Calculator.Add | public int Add(long a, int b)\n",
            string.Concat(File.ReadAllLines(DiffFile).Skip(5).Select(line => line + "\n")));
    }

    [Fact]
    public void TheFailureIsStickyUntilTheSignatureIsBack()
    {
        Assert.True(Run(Library, "1.2.0"));
        Assert.False(Run(WithoutSubtract(), "1.3.0"));
        var first = _engine.Errors.Single().Message;

        Assert.False(Run(WithoutSubtract(), "1.3.0"));
        Assert.Equal(new[] { first, first }, _engine.Errors.Select(error => error.Message));

        Assert.True(Run(Library, "1.3.0"));
        Assert.Equal(2, _engine.Errors.Count);
        Assert.Equal("# version: 1.3.0", File.ReadAllLines(SurfaceFile)[2]);
    }

    [Fact]
    public void AHigherMajorVersionAcceptsTheBreakAndTheNextBreakFailsAgain()
    {
        Assert.True(Run(Library, "1.2.0"));

        Assert.True(Run(WithoutSubtract(), "2.0.0-beta.1"));
        Assert.Empty(_engine.Errors);
        Assert.DoesNotContain(SubtractLine, File.ReadAllLines(SurfaceFile));
        Assert.Contains("# result: breaking, accepted: the major version increased", File.ReadAllLines(DiffFile));

        Assert.False(Run(WithoutSubtract().Replace("public int Add(int a, int b) => a + b;", string.Empty, StringComparison.Ordinal), "2.0.0"));
        Assert.Equal("AEOS9301", Assert.Single(_engine.Errors).Code);
    }

    [Fact]
    public void AcceptAcceptsABreakWithoutAMajorIncrease()
    {
        Assert.True(Run(Library, "1.2.0"));

        Assert.True(Run(WithoutSubtract(), "1.3.0", accept: true));

        Assert.Empty(_engine.Errors);
        Assert.DoesNotContain(SubtractLine, File.ReadAllLines(SurfaceFile));
        Assert.Contains("# result: breaking, accepted: AeosApiAccept", File.ReadAllLines(DiffFile));
    }

    [Fact]
    public void WithoutAVersionTheAssemblyVersionDecides()
    {
        Assert.True(Run(Library, version: string.Empty));
        Assert.False(Run(WithoutSubtract(), version: string.Empty, assemblyVersion: "1.5.0.0"));

        Assert.True(Run(WithoutSubtract(), version: string.Empty, assemblyVersion: "2.0.0.0"));

        Assert.Equal(new[] { "# assembly: Lib 2.0.0.0", "# version: 2.0.0.0" }, File.ReadAllLines(SurfaceFile).Skip(1).Take(2));
    }

    [Theory]
    [InlineData("# aeos-api-surface: 3\n# assembly: Lib 1.0.0.0\n# version: 1.0.0\n", 1)]
    [InlineData("# aeos-api-surface: 1\n# assembly: Lib\n# version: 1.0.0\n", 2)]
    [InlineData("# aeos-api-surface: 1\n# assembly: Lib 1.0.0.0\n# version: next\n", 3)]
    [InlineData("# aeos-api-surface: 1\n# assembly: Lib 1.0.0.0\n# version: 1.0.0\nB | b\nA | a\n", 5)]
    [InlineData("# aeos-api-surface: 1\n# assembly: Lib 1.0.0.0\n# version: 1.0.0\nA | a\n<<<<<<< HEAD\n", 5)]
    [InlineData("# aeos-api-surface: 1\r\n# assembly: Lib 1.0.0.0\r\n# version: 1.0.0\r\nA | a\r\n\r\nB | b\r\n", 5)]
    [InlineData("", 1)]
    public void ACorruptAcceptedSurfaceIsAnErrorNamingTheLineAndIsNeverOverwritten(string text, int line)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SurfaceFile)!);
        File.WriteAllText(SurfaceFile, text);

        Assert.False(Run(Library, "1.0.0"));

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", SurfaceFile, line), (error.Code, error.File, error.LineNumber));
        Assert.Contains("line " + line + ":", error.Message, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(SurfaceFile));
        Assert.False(File.Exists(DiffFile));
    }

    [Fact]
    public void ACrlfCheckoutOfTheAcceptedSurfaceReadsAsTheSame()
    {
        Assert.True(Run(Library, "1.2.0"));
        File.WriteAllText(SurfaceFile, File.ReadAllText(SurfaceFile).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(Run(Library, "1.2.0"));

        Assert.Contains("# result: unchanged", File.ReadAllLines(DiffFile));
    }

    [Fact]
    public void AFileThatIsNoAssemblyIsAnErrorNamingIt()
    {
        var path = _directory.File("NotAnAssembly.dll");
        File.WriteAllText(path, "MZ but nothing else");

        Assert.False(Task(path, "1.0.0", accept: false).Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal(("AEOS9001", path), (error.Code, error.File));
        Assert.False(File.Exists(SurfaceFile));
    }

    [Fact]
    public void WritesLeaveNoTemporaryFilesBehind()
    {
        Assert.True(Run(Library, "1.0.0"));
        Assert.False(Run(WithoutSubtract(), "1.0.0"));

        var files = Directory.GetFiles(_directory.File("artifacts/contracts")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "Lib.api.diff", "Lib.api.txt" }, files);
        Assert.Equal(new[] { "Lib.api.txt" }, Directory.GetFiles(_directory.File("Lib")).Select(Path.GetFileName));
    }

    private static string WithoutSubtract() => Library.Replace("public int Subtract(int a, int b) => a - b;", string.Empty, StringComparison.Ordinal);

    private bool Run(string source, string version, bool accept = false, string assemblyVersion = "1.0.0.0")
    {
        // Each build compiles to its own folder, as a rebuilt obj/ folder would hold a new file.
        var assembly = TestAssembly.Compile(_directory.File("obj" + _builds++), source, assemblyVersion, "Lib");
        return Task(assembly, version, accept).Execute();
    }

    private AeosApiContract Task(string assembly, string version, bool accept) => new()
    {
        BuildEngine = _engine,
        AssemblyFile = assembly,
        SurfaceFile = SurfaceFile,
        BundleCopy = BundleCopy,
        DiffFile = DiffFile,
        Version = version,
        Accept = accept,
    };
}
