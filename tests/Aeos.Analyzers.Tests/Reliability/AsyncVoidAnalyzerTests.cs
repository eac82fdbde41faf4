using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.AsyncVoidAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.AsyncVoidFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

public sealed class AsyncVoidAnalyzerTests
{
    private const string Handlers = """
        using System;
        using System.Threading.Tasks;

        public class ClickEventArgs : EventArgs { }

        public class RoutedEventArgs { }

        public interface IStartable
        {
            void Start();
        }

        public abstract class Page
        {
            protected abstract void OnAppearing();
        }

        public class Screen : Page, IStartable
        {
            public event EventHandler<ClickEventArgs>? Clicked;

            public Screen()
            {
                Clicked += OnClicked;
                Action<int> callback = async n => await Task.Delay(n);
                callback(1);
            }

            private async void OnClicked(object? sender, ClickEventArgs e) => await Task.Delay(1);

            private async void OnLoaded(object sender, RoutedEventArgs e) => await Task.Delay(1);

            private async void OnTick(object? sender, EventArgs e) => await Task.Delay(1);

            public async void Start() => await Task.Delay(1);

            protected override async void OnAppearing() => await Task.Delay(1);

            public async Task SaveAsync() => await Task.Delay(1);

            public void Sync() { }
        }
        """;

    [Fact]
    public async Task AsyncVoidMethodIsReportedAndFixedToTask()
    {
        const string source = """
            using System.Threading.Tasks;

            public class Cache
            {
                public void Refresh() => Reload();

                private async void {|#0:Reload|}() => await Task.Delay(1);
            }
            """;
        const string fixedSource = """
            using System.Threading.Tasks;

            public class Cache
            {
                public void Refresh() => Reload();

                private async Task Reload() => await Task.Delay(1);
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "Cache.Reload()"));
    }

    [Fact]
    public async Task LocalFunctionIsFixedAndTheUsingIsAdded()
    {
        const string source = """
            using System;

            public class Job
            {
                public void Run()
                {
                    Go();

                    async void {|#0:Go|}() => await System.Threading.Tasks.Task.Yield();
                }
            }
            """;
        const string fixedSource = """
            using System;
            using System.Threading.Tasks;

            public class Job
            {
                public void Run()
                {
                    Go();

                    async Task Go() => await System.Threading.Tasks.Task.Yield();
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "Go()"));
    }

    [Fact]
    public async Task NoFixWhenTheSignatureIsPublicOrUsedAsADelegate()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;

            public class Timer
            {
                public async void {|#0:Fire|}() => await Task.Delay(1);

                private async void {|#1:Tick|}() => await Task.Delay(1);

                public Action Callback() => Tick;
            }
            """;

        await Verify.VerifyAnalyzerAsync(source, Expected(0, "Timer.Fire()"), Expected(1, "Timer.Tick()"));
    }

    [Fact]
    public async Task EventHandlersOverridesInterfaceMethodsAndLambdasAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(Handlers);
    }

    [Fact]
    public async Task FixAllFixesEveryMethodOfTheDocument()
    {
        const string source = """
            using System.Threading.Tasks;

            internal class Sync
            {
                internal void Run() { A(); B(); }

                private async void {|#0:A|}() => await Task.Delay(1);

                private async void {|#1:B|}() => await Task.Delay(2);
            }
            """;
        var fixedSource = source.Replace("{|#0:A|}", "A", System.StringComparison.Ordinal)
            .Replace("{|#1:B|}", "B", System.StringComparison.Ordinal)
            .Replace("async void", "async Task", System.StringComparison.Ordinal);

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "Sync.A()"), Expected(1, "Sync.B()"));
    }

    [Fact]
    public async Task TheUsingIsNotAddedWhenAGlobalUsingImportsTheNamespace()
    {
        const string source = """
            public class Job
            {
                public void Run()
                {
                    Go();

                    async void {|#0:Go|}() => await Task.Yield();
                }
            }
            """;
        const string fixedSource = """
            public class Job
            {
                public void Run()
                {
                    Go();

                    async Task Go() => await Task.Yield();
                }
            }
            """;
        const string implicitUsings = "global using global::System;\nglobal using global::System.Threading.Tasks;\n";
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.Sources.Add(("/0/GlobalUsings.g.cs", implicitUsings));
        test.FixedState.Sources.Add(("/0/GlobalUsings.g.cs", implicitUsings));
        test.ExpectedDiagnostics.Add(Expected(0, "Go()"));

        await test.RunAsync(CancellationToken.None);
    }

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.AsyncVoid).WithLocation(location).WithArguments(name);
}
