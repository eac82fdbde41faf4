using System.Threading;
using System.Threading.Tasks;
using Aeos.Tests.Shared;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.UnseededRandomInTestsAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class UnseededRandomInTestsAnalyzerTests
{
    private const string TestProject = "is_global = true\nbuild_property.IsTestProject = true\n";

    private const string Reported = """
        using System;
        using System.Diagnostics;
        using System.Security.Cryptography;

        public class ShuffleTests
        {
            private readonly Random _random = {|#0:new Random()|};

            private readonly Random _target = {|#1:new()|};

            public int Roll() => {|#2:Random.Shared|}.Next(6);

            public Random Ticks() => {|#3:new Random(Environment.TickCount)|};

            public Random Clock() => {|#4:new Random((int)DateTime.Now.Ticks)|};

            public Random Guid() => {|#5:new Random(System.Guid.NewGuid().GetHashCode())|};

            public Random Timestamp() => {|#6:new Random(unchecked((int)Stopwatch.GetTimestamp()))|};

            public Random Hash() => {|#7:new Random("seed".GetHashCode())|};

            public Random Secure() => {|#8:new Random(RandomNumberGenerator.GetInt32(100))|};
        }
        """;

    [Fact]
    public async Task UnseededAndClockSeededGeneratorsAreReportedInATestProject()
    {
        await Run(
            Reported,
            TestProject,
            Expected(0, "'new Random()' without a seed"),
            Expected(1, "'new Random()' without a seed"),
            Expected(2, "'Random.Shared'"),
            Expected(3, "A generator seeded from 'Environment.TickCount'"),
            Expected(4, "A generator seeded from 'DateTime.Now'"),
            Expected(5, "A generator seeded from 'Guid.NewGuid()'"),
            Expected(6, "A generator seeded from 'Stopwatch.GetTimestamp()'"),
            Expected(7, "A generator seeded from 'String.GetHashCode()'"),
            Expected(8, "A generator seeded from 'RandomNumberGenerator.GetInt32()'"));
    }

    [Fact]
    public async Task NothingIsReportedOutsideTestProjects()
    {
        await Run(Reported, null);
        await Run(Reported, "is_global = true\nbuild_property.IsTestProject = false\n");
    }

    [Fact]
    public async Task SeededGeneratorsAndLookAlikesAreNotReported()
    {
        const string source = """
            using System;

            public class SeededRandom : Random
            {
                public SeededRandom() : base(7) { }
            }

            public class PropertyTests
            {
                private const int Seed = 1234;

                private readonly Random _fixed = new Random(42);

                private readonly Random _constant = new(Seed);

                private readonly Random _sub = new SeededRandom();

                public Random FromParameter(int seed) => new Random(seed);

                public Random FromOther(Random seeded) => new Random(seeded.Next());

                public Random FromHash() => new Random(42.GetHashCode());

                public string Name => nameof(Random.Shared);

                public int Tick => Environment.TickCount;
            }
            """;

        await Run(source, TestProject);
    }

    [Fact]
    public void ThePackageAndTheRepositoryMakeIsTestProjectVisibleToTheAnalyzers()
    {
        const string item = "<CompilerVisibleProperty Include=\"IsTestProject\" />";

        Assert.Contains(item, System.IO.File.ReadAllText(RepositoryPaths.Combine("build", "Aeos.Analyzers.props")), System.StringComparison.Ordinal);
        Assert.Contains(item, System.IO.File.ReadAllText(RepositoryPaths.Combine("Directory.Build.targets")), System.StringComparison.Ordinal);
    }

    private static async Task Run(string source, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new Verify.Test { TestCode = source };
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.UnseededRandomInTests).WithLocation(location).WithArguments(what);
}
