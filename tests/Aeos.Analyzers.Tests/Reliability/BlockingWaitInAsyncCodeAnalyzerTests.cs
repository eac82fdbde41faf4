using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.BlockingWaitInAsyncCodeAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.BlockingWaitFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class BlockingWaitInAsyncCodeAnalyzerTests
{
    private const string Waits = """
        using System.Threading;
        using System.Threading.Tasks;

        public class Client
        {
            public async Task<int> RunAsync(Task<string> text, Task work, Task<string> other, Task<string> third)
            {
                var length = {|#0:text.Result|}.Length;
                {|#1:work.Wait()|};
                var again = {|#2:other.GetAwaiter().GetResult()|};
                var configured = {|#3:third.ConfigureAwait(false).GetAwaiter().GetResult()|};
                {|#4:Thread.Sleep(100)|};
                await Task.Yield();
                return length + again.Length + configured.Length;
            }
        }
        """;

    private const string WaitsFixed = """
        using System.Threading;
        using System.Threading.Tasks;

        public class Client
        {
            public async Task<int> RunAsync(Task<string> text, Task work, Task<string> other, Task<string> third)
            {
                var length = (await text).Length;
                await work;
                var again = await other;
                var configured = await third.ConfigureAwait(false);
                await Task.Delay(100);
                await Task.Yield();
                return length + again.Length + configured.Length;
            }
        }
        """;

    private const string Overloads = """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public class Files
        {
            public async Task<string> ReadAsync(string path, Stream stream, CancellationToken cancellationToken)
            {
                var buffer = new byte[16];
                var count = {|#0:stream.Read(buffer, 0, buffer.Length)|};
                {|#1:Thread.Sleep(10)|};
                await stream.FlushAsync(cancellationToken);
                return count + {|#2:File.ReadAllText(path)|};
            }
        }
        """;

    private const string OverloadsFixed = """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        public class Files
        {
            public async Task<string> ReadAsync(string path, Stream stream, CancellationToken cancellationToken)
            {
                var buffer = new byte[16];
                var count = await stream.ReadAsync(buffer, 0, buffer.Length, cancellationToken);
                await Task.Delay(10, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                return count + await File.ReadAllTextAsync(path, cancellationToken);
            }
        }
        """;

    private const string EntityFramework = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.EntityFrameworkCore;

        namespace Microsoft.EntityFrameworkCore
        {
            public static class EntityFrameworkQueryableExtensions
            {
                public static Task<List<T>> ToListAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => Task.FromResult(source.ToList());

                public static Task<T> FirstAsync<T>(this IQueryable<T> source, CancellationToken cancellationToken = default) => Task.FromResult(source.First());
            }
        }

        public class Orders
        {
            public async Task<int> CountAsync(IQueryable<int> orders, List<int> cached)
            {
                var all = {|#0:orders.ToList()|};
                var first = {|#1:orders.First()|};
                var inMemory = cached.ToList();
                var firstCached = cached.First();
                await Task.Yield();
                return all.Count + first + inMemory.Count + firstCached;
            }
        }
        """;

    private const string NotBlocking = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        public class Service
        {
            private readonly object _gate = new();

            public int Sync(Task<int> task)
            {
                Thread.Sleep(1);
                return task.Result;
            }

            public async Task<int> CompletedAsync(Task<int> a, Task<int> b, Task<int>[] many)
            {
                await Task.WhenAll(a, b);
                var done = await Task.WhenAny(a, b);
                await Task.WhenAll(many);
                var sum = many.Sum(t => t.Result) + many[0].Result;
                foreach (var t in many) { sum += t.Result; }
                return a.Result + b.GetAwaiter().GetResult() + done.Result + sum;
            }

            public async Task<int> CheckedAsync(Task<int> task)
            {
                await Task.Yield();
                if (task.IsCompletedSuccessfully) { return task.Result; }
                return await Task.Run(() => task.Result);
            }

            public async Task WriteAsync(TextWriter writer, Stream stream)
            {
                Console.WriteLine("no async overload");
                stream.Dispose();
                await writer.WriteLineAsync("done");
            }

            public int Load() => 1;

            public async Task<int> LoadAsync()
            {
                await Task.Yield();
                return Load();
            }
        }
        """;

    private const string NoFix = """
        using System.Threading.Tasks;

        public class Gate
        {
            private readonly object _lock = new();

            public async Task<int> RunAsync(Task<int> task, Client? client)
            {
                await Task.Yield();
                {|#0:task.Wait(100)|};
                lock (_lock)
                {
                    return {|#1:task.Result|} + (client?{|#2:.Load()|} ?? 0);
                }
            }
        }

        public class Client
        {
            public int Load() => 1;

            public Task<int> LoadAsync() => Task.FromResult(1);
        }
        """;

    [Fact]
    public async Task BlockingWaitsAreReportedAndAwaited()
    {
        await Verify.VerifyCodeFixAsync(
            Waits,
            WaitsFixed,
            Expected(0, "text.Result", "await"),
            Expected(1, "work.Wait()", "await"),
            Expected(2, "other.GetAwaiter().GetResult()", "await"),
            Expected(3, "third.ConfigureAwait(false).GetAwaiter().GetResult()", "await"),
            Expected(4, "Thread.Sleep(…)", "await Task.Delay"));
    }

    [Fact]
    public async Task SynchronousCallsUseTheAsyncOverloadAndTheTokenInScope()
    {
        await Verify.VerifyCodeFixAsync(
            Overloads,
            OverloadsFixed,
            Expected(0, "stream.Read(…)", "await ReadAsync"),
            Expected(1, "Thread.Sleep(…)", "await Task.Delay"),
            Expected(2, "File.ReadAllText(…)", "await ReadAllTextAsync"));
    }

    [Fact]
    public async Task EntityFrameworkQueriesAreReportedAndInMemoryCollectionsAreNot()
    {
        var fixedSource = EntityFramework
            .Replace("{|#0:orders.ToList()|}", "await orders.ToListAsync()", System.StringComparison.Ordinal)
            .Replace("{|#1:orders.First()|}", "await orders.FirstAsync()", System.StringComparison.Ordinal);

        await Verify.VerifyCodeFixAsync(
            EntityFramework,
            fixedSource,
            Expected(0, "orders.ToList()", "await ToListAsync"),
            Expected(1, "orders.First()", "await FirstAsync"));
    }

    [Fact]
    public async Task CompletedTasksSyncCodeLambdasAndSelfCallsAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(NotBlocking);
    }

    [Fact]
    public async Task NoFixWhereAwaitCannotReplaceTheWait()
    {
        await Verify.VerifyAnalyzerAsync(
            NoFix,
            Expected(0, "task.Wait(…)", "await"),
            Expected(1, "task.Result", "await"),
            Expected(2, ".Load()", "await LoadAsync"));
    }

    [Fact]
    public async Task AsyncLambdasAreCheckedAndTheTasksUsingIsAdded()
    {
        const string source = """
            using System;
            using System.Threading;

            public class Poller
            {
                private readonly SemaphoreSlim _gate = new(1);

                public Func<CancellationToken, System.Threading.Tasks.Task> Poll() => async token =>
                {
                    {|#0:_gate.Wait()|};
                    {|#1:Thread.Sleep(TimeSpan.FromSeconds(1))|};
                    await System.Threading.Tasks.Task.Yield();
                };
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            public class Poller
            {
                private readonly SemaphoreSlim _gate = new(1);

                public Func<CancellationToken, System.Threading.Tasks.Task> Poll() => async token =>
                {
                    await _gate.WaitAsync(token);
                    await Task.Delay(TimeSpan.FromSeconds(1), token);
                    await System.Threading.Tasks.Task.Yield();
                };
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "_gate.Wait()", "await WaitAsync"), Expected(1, "Thread.Sleep(…)", "await Task.Delay"));
    }

    private static DiagnosticResult Expected(int location, string code, string replacement) =>
        Verify.Diagnostic(DiagnosticDescriptors.BlockingWaitInAsyncCode).WithLocation(location).WithArguments(code, replacement);
}
