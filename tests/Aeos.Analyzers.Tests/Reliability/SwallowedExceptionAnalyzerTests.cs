using System.Threading.Tasks;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Reliability.SwallowedExceptionAnalyzer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed partial class SwallowedExceptionAnalyzerTests
{
    private const string Swallowing = """
        using System;
        using System.IO;

        public class Loader
        {
            public string Read(string path)
            {
                try { return File.ReadAllText(path); }
                {|#0:catch|} { }

                try { return File.ReadAllText(path + ".bak"); }
                {|#1:catch|} (IOException) { }

                try { File.Delete(path); }
                {|#2:catch|} (Exception ex) when (ex is IOException)
                {
                    var retry = 0;
                    retry++;
                }

                try { File.Delete(path + ".tmp"); }
                {|#3:catch|} (Exception)
                {
                    Action later = () => throw new InvalidOperationException();
                }

                return string.Empty;
            }
        }
        """;

    private const string Handling = """
        using System;
        using System.Collections.Generic;
        using System.IO;

        public class Loader
        {
            private readonly List<Exception> _errors = new();
            private bool _failed;

            public int Failures { get; private set; }

            public bool TryRead(string path, out string text)
            {
                text = string.Empty;
                try { text = File.ReadAllText(path); }
                catch (IOException) { return false; }

                try { File.Delete(path); }
                catch (UnauthorizedAccessException ex) { _errors.Add(ex); }

                try { File.Delete(path + ".1"); }
                catch (IOException) { _failed = true; }

                try { File.Delete(path + ".2"); }
                catch (IOException) { Failures++; }

                try { File.Delete(path + ".3"); }
                catch (IOException ex) { throw new InvalidOperationException("cannot delete", ex); }

                try { File.Delete(path + ".4"); }
                catch { throw; }

                try { File.Delete(path + ".5"); }
                catch (IOException) { text = "fallback"; }

                return !_failed;
            }
        }
        """;

    private const string Logging = """
        using System;
        using System.IO;
        using Microsoft.Extensions.Logging;

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }

            public static class LoggerExtensions
            {
                public static void LogWarning(this ILogger logger, string message) { }
            }
        }

        public interface IAuditLog
        {
            void Write(string entry);
        }

        public class Loader
        {
            private readonly ILogger _logger;
            private readonly IAuditLog _audit;

            public Loader(ILogger logger, IAuditLog audit)
            {
                _logger = logger;
                _audit = audit;
            }

            public void Clean(string path)
            {
                try { File.Delete(path); }
                catch (IOException) { _logger.LogWarning("could not delete the file"); }

                try { File.Delete(path + ".1"); }
                catch (IOException) { _audit.Write("delete failed"); }

                try { File.Delete(path + ".2"); }
                catch (IOException) { System.Diagnostics.Trace.TraceWarning("delete failed"); }

                try { File.Delete(path + ".3"); }
                catch (IOException) { Console.WriteLine("delete failed"); }
            }
        }
        """;

    private const string Cancellation = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public class Worker
        {
            public async Task RunAsync(CancellationToken token)
            {
                try { await Task.Delay(1000, token); }
                catch (OperationCanceledException) { }

                try { await Task.Delay(1000, token); }
                catch (TaskCanceledException) { }
            }
        }
        """;

    [Fact]
    public async Task CatchesThatHideTheErrorAreReported()
    {
        await Verify.VerifyAnalyzerAsync(
            Swallowing,
            Expected(0, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(1, SwallowedExceptionAnalyzer.EmptyReason),
            Expected(2, SwallowedExceptionAnalyzer.UnhandledReason),
            Expected(3, SwallowedExceptionAnalyzer.UnhandledReason));
    }

    [Fact]
    public async Task CatchesThatRethrowRecordOrReturnAFailureAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Handling);
    }

    [Fact]
    public async Task CatchesThatLogThroughCommonLoggingApisAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Logging);
    }

    [Fact]
    public async Task AcceptedCancellationIsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Cancellation);
    }

    [Fact]
    public async Task RetryLoopsTryAgainButSkippingAnItemIsSwallowing()
    {
        const string source = """
            using System.IO;
            using System.Threading;

            public class Retry
            {
                public FileStream Open(string path)
                {
                    while (true)
                    {
                        try { return File.OpenRead(path); }
                        catch (IOException) { Thread.Sleep(25); }
                    }
                }

                public int Parse(string[] lines)
                {
                    var sum = 0;
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        try { sum = int.Parse(lines[0]); break; }
                        catch (System.FormatException) { Thread.Sleep(1); }
                    }

                    foreach (var line in lines)
                    {
                        try { sum += int.Parse(line); }
                        {|#0:catch|} (System.FormatException) { continue; }
                    }

                    return sum;
                }
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, SwallowedExceptionAnalyzer.UnhandledReason));
    }

    private static DiagnosticResult Expected(int location, string reason) =>
        Verify.Diagnostic(DiagnosticDescriptors.SwallowedException).WithLocation(location).WithArguments(reason);
}
