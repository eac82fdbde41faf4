using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.UndisposedLocalAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.UndisposedLocalFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>The UndisposedLocalFixer: <c>using</c> or <c>await using</c> where a using declaration is valid, nothing elsewhere; Fix All fixes the document.</summary>
public sealed class UndisposedLocalFixerTests
{
    private const string AsyncOnly = """
        using System;
        using System.Threading.Tasks;

        public sealed class Channel : IAsyncDisposable
        {
            public int Count => 1;
            public ValueTask DisposeAsync() => default;
        }

        public class Reader
        {
            public async Task<int> CountAsync()
            {
                // the channel of this call
                var {|#0:channel|} = new Channel();
                await Task.Yield();
                return channel.Count;
            }

            public int Count()
            {
                var {|#1:channel|} = new Channel();
                return channel.Count;
            }
        }
        """;

    [Fact]
    public async Task AnAsyncOnlyDisposableGetsAwaitUsingInAnAsyncMethodAndNoFixElsewhere()
    {
        var fixedSource = AsyncOnly.Replace("var {|#0:channel|}", "await using var channel", System.StringComparison.Ordinal);
        var test = new Verify.Test { TestCode = AsyncOnly, FixedCode = fixedSource };
        test.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(0, "channel", "Channel", "await using"));
        test.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(1, "channel", "Channel", "await using"));
        test.FixedState.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(1, "channel", "Channel", "await using"));

        await test.RunAsync(CancellationToken.None);
    }

    private const string Unfixable = """
        using System.IO;

        public class Places
        {
            public long Two(string a, string b)
            {
                FileStream {|#0:first|} = new FileStream(a, FileMode.Open), {|#1:second|} = new FileStream(b, FileMode.Open);
                return first.Length + second.Length;
            }

            public long Switch(int kind, string path)
            {
                switch (kind)
                {
                    case 1:
                        var {|#2:stream|} = new FileStream(path, FileMode.Open);
                        return stream.Length;
                    default:
                        return 0;
                }
            }

            public long Labelled(string path)
            {
                var {|#3:stream|} = new FileStream(path, FileMode.Open);
            again:
                if (stream.Position > 1) goto again;
                return stream.Length;
            }

            public string Typed(string path)
            {
                object {|#4:reader|} = new StreamReader(path);
                return reader.ToString()!;
            }

            public long Loop(string path)
            {
                for (var {|#5:stream|} = new FileStream(path, FileMode.Open); stream.Position < 1;)
                {
                    return stream.Length;
                }

                return 0;
            }
        }
        """;

    [Fact]
    public async Task NoFixWhereAUsingDeclarationWouldNotCompileOrWouldChangeTheType()
    {
        var test = new Verify.Test { TestCode = Unfixable, FixedCode = Unfixable };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            UndisposedLocalAnalyzerTests.Expected(0, "first", "FileStream"),
            UndisposedLocalAnalyzerTests.Expected(1, "second", "FileStream"),
            UndisposedLocalAnalyzerTests.Expected(2, "stream", "FileStream"),
            UndisposedLocalAnalyzerTests.Expected(3, "stream", "FileStream"),
            UndisposedLocalAnalyzerTests.Expected(4, "reader", "StreamReader"),
            UndisposedLocalAnalyzerTests.Expected(5, "stream", "FileStream"),
        });

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoFixBeforeCSharp8()
    {
        const string source = """
            using System.IO;

            public class Old
            {
                public string Read(string path)
                {
                    var {|#0:reader|} = new StreamReader(path);
                    return reader.ReadToEnd();
                }
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = source };
        test.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(0, "reader", "StreamReader"));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(
            projectId,
            ((CSharpParseOptions)solution.GetProject(projectId)!.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp7_3)));

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FixAllDeclaresEveryLocalOfTheDocumentWithUsing()
    {
        const string source = """
            using System.IO;

            var {|#0:log|} = new StreamWriter("log.txt");
            log.Write(Length("a"));

            static long Length(string path)
            {
                var {|#1:stream|} = new FileStream(path, FileMode.Open);
                return stream.Length;
            }
            """;
        const string fixedSource = """
            using System.IO;

            using var log = new StreamWriter("log.txt");
            log.Write(Length("a"));

            static long Length(string path)
            {
                using var stream = new FileStream(path, FileMode.Open);
                return stream.Length;
            }
            """;
        var test = new Verify.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(0, "log", "StreamWriter"));
        test.ExpectedDiagnostics.Add(UndisposedLocalAnalyzerTests.Expected(1, "stream", "FileStream"));

        await test.RunAsync(CancellationToken.None);
    }
}
