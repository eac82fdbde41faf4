using System;
using System.Linq;
using System.Threading.Tasks;

namespace Aeos.RealCode;

/// <summary>The commands of eng/realcode/run.sh that need the analyzers in process or a SARIF reader.</summary>
internal static class Program
{
    private const string Usage = """
        usage: Aeos.RealCode summary SARIF...
               Aeos.RealCode sample --seed N --per-rule N SARIF...
               Aeos.RealCode fixes [--wide] CSC_RSP
               Aeos.RealCode agree SARIF...
               Aeos.RealCode timing [--runs N] [--only TEXT] [--wide] CSC_RSP
        """;

    private static async Task<int> Main(string[] args)
    {
        if (args.Length < 2)
        {
            await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        var rest = args.Skip(1).ToArray();
        switch (args[0])
        {
            case "summary":
                SummaryCommand.Run(rest);
                return 0;
            case "sample":
                SampleCommand.Run(rest);
                return 0;
            case "timing":
                return await TimingCommand.RunAsync(rest[^1], RunsOption(rest), Option(rest, "--only"), rest.Contains("--wide")).ConfigureAwait(false);
            case "agree":
                return AgreementCommand.Run(rest);
            case "fixes":
                return await FixSafety.FixSafetyCommand.RunAsync(rest[^1], rest.Contains("--wide")).ConfigureAwait(false);
            default:
                await Console.Error.WriteLineAsync("unknown command '" + args[0] + "'\n" + Usage).ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>The N of <c>--runs N</c>; 5 when absent.</summary>
    private static int RunsOption(string[] arguments) =>
        Option(arguments, "--runs") is { } runs ? int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture) : 5;

    /// <summary>The value after <paramref name="name"/>; null when absent.</summary>
    private static string? Option(string[] arguments, string name)
    {
        var at = Array.IndexOf(arguments, name);
        return at >= 0 && at + 1 < arguments.Length ? arguments[at + 1] : null;
    }
}
