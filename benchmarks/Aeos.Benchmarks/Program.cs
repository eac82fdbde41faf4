using System.Linq;
using BenchmarkDotNet.Running;

namespace Aeos.Benchmarks;

/// <summary>
/// Runs the benchmarks; arguments are BenchmarkDotNet's (<c>--filter</c> …), or <c>--execution-time [metrics|unused|reliability]</c> for the
/// analyzer driver's own accounting of the time spent in each analyzer, or <c>--paired-ratios</c> for the calculators
/// against the syntax walk measured in alternation. See docs/performance.md.
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        if (args.Contains(ExecutionTimeReport.Argument))
        {
            ExecutionTimeReport.Run(args);
            return;
        }

        if (args.Contains(PairedRatioReport.Argument))
        {
            PairedRatioReport.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, MetricsBenchmarkConfig.Create());
    }
}
