using System.Threading.Tasks;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.BlockingWaitInAsyncCodeAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.BlockingWaitFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>
/// A method serving synchronous and asynchronous callers (FluentValidation's rule components): where it awaits the
/// async form on one path, the sync call on another path is the author's choice, not a blocking wait.
/// </summary>
public sealed class BlockingWaitDualModeTests
{
    [Fact]
    public async Task ASyncCallBesideItsAwaitedAsyncFormIsNotReported()
    {
        const string code = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Component
            {
                private readonly object? _asyncCheck;

                internal async ValueTask<bool> CheckAsync(bool useAsync, CancellationToken cancellation)
                {
                    if (useAsync && _asyncCheck != null)
                    {
                        return await InvokeAsync(cancellation);
                    }

                    return Invoke();
                }

                private bool Invoke() => true;

                private Task<bool> InvokeAsync(CancellationToken cancellation) => Task.FromResult(true);
            }
            """;

        await Verify.VerifyAnalyzerAsync(code);
    }

    [Fact]
    public async Task TheSameSyncCallIsReportedWhereTheAsyncFormIsNeverCalled()
    {
        const string code = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Component
            {
                internal async ValueTask<bool> CheckAsync(CancellationToken cancellation)
                {
                    await Task.Yield();
                    return {|#0:Invoke()|};
                }

                private bool Invoke() => true;

                private Task<bool> InvokeAsync(CancellationToken cancellation) => Task.FromResult(true);
            }
            """;
        const string fixedCode = """
            using System.Threading;
            using System.Threading.Tasks;

            public class Component
            {
                internal async ValueTask<bool> CheckAsync(CancellationToken cancellation)
                {
                    await Task.Yield();
                    return await InvokeAsync(cancellation);
                }

                private bool Invoke() => true;

                private Task<bool> InvokeAsync(CancellationToken cancellation) => Task.FromResult(true);
            }
            """;

        await Verify.VerifyCodeFixAsync(
            code,
            fixedCode,
            Verify.Diagnostic(DiagnosticDescriptors.BlockingWaitInAsyncCode).WithLocation(0).WithArguments("Invoke()", "await InvokeAsync"));
    }
}
