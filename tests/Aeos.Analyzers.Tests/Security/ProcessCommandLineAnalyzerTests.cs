using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.ProcessCommandLineAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class ProcessCommandLineAnalyzerTests
{
    private const string Positives = """
        using System.Diagnostics;
        using System.Threading.Tasks;

        public class Tools
        {
            public async Task RunAsync(string tool, string file)
            {
                await Task.Yield();
                using var a = Process.Start({|#0:tool|});
                using var b = Process.Start("git", {|#1:"log " + file|});
                var info = new ProcessStartInfo("convert", {|#2:$"{file} out.png"|}) { FileName = {|#3:tool|} };
                info.Arguments = {|#4:string.Join(" ", file, "-v")|};
            }
        }
        """;

    private const string Negatives = """
        using System.Diagnostics;

        public class Tools
        {
            private const string Git = "git";

            public void Run(string file, int pid)
            {
                using var a = Process.Start(Git, "status --short");
                var info = new ProcessStartInfo { FileName = "convert", Arguments = "-version" };
                info.ArgumentList.Add(file);
                var kill = new ProcessStartInfo("kill", $"-9 {pid}");
                var other = new Options { FileName = file, Arguments = file };
            }
        }

        public class Options { public string FileName { get; set; } = ""; public string Arguments { get; set; } = ""; }
        """;

    [Fact]
    public async Task NonConstantFileNamesAndArgumentsAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            Positives,
            Expected(0, "file name", "Process.Start"),
            Expected(1, "argument string", "Process.Start"),
            Expected(2, "argument string", "new ProcessStartInfo"),
            Expected(3, "file name", "ProcessStartInfo.FileName"),
            Expected(4, "argument string", "ProcessStartInfo.Arguments"));

    [Fact]
    public async Task ConstantsArgumentListTextFreeValuesAndLookAlikesAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    private static DiagnosticResult Expected(int location, string part, string api) =>
        Verify.Diagnostic(DiagnosticDescriptors.ProcessCommandLine).WithLocation(location).WithArguments(part, api);
}
