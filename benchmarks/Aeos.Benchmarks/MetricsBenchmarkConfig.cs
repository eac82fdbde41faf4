using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Aeos.Benchmarks;

/// <summary>
/// BenchmarkDotNet's defaults with a short in-process job: three warm-up and five measured iterations.
/// In-process, because a generated benchmark project inside this repository would inherit its build
/// settings (warnings as errors, dogfooding).
/// </summary>
internal static class MetricsBenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithWarmupCount(3)
                .WithIterationCount(5)
                .WithId("Short"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Min)
            .WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared))
            .WithOptions(ConfigOptions.JoinSummary);
}
