using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Reliability.UndisposedLocalAnalyzer,
    Aeos.Analyzers.CodeFixes.Reliability.UndisposedLocalFixer>;

namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>AEOS4012: what a new disposable local left undisposed is, and the uses that dispose it or hand it on.</summary>
public sealed class UndisposedLocalAnalyzerTests
{
    private const string Reported = """
        using System.IO;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        public class Reports
        {
            public string Read(string path)
            {
                var {|#0:reader|} = new StreamReader(path);
                return reader.ReadToEnd();
            }

            public async Task<int> LengthAsync(string url)
            {
                HttpClient {|#1:client|} = new();
                var text = await client.GetStringAsync(url).ConfigureAwait(false);
                return text.Length;
            }

            public bool Cancelled()
            {
                var {|#2:source|} = new CancellationTokenSource();
                source.Cancel();
                return source.IsCancellationRequested && nameof(source).Length > 0;
            }

            public long Size(string path)
            {
                var {|#3:stream|} = new FileStream(path, FileMode.Open) { Position = 1 };
                stream.Position = 2;
                return stream.SafeFileHandle.IsInvalid ? 0 : stream.Length;
            }
        }
        """;

    [Fact]
    public async Task ALocalWhoseUsesLeaveTheObjectWhereItIsIsReportedWithItsNameAndType()
    {
        var fixedSource = Reported
            .Replace("var {|#0:reader|}", "using var reader", System.StringComparison.Ordinal)
            .Replace("HttpClient {|#1:client|}", "using HttpClient client", System.StringComparison.Ordinal)
            .Replace("var {|#2:source|}", "using var source", System.StringComparison.Ordinal)
            .Replace("var {|#3:stream|}", "using var stream", System.StringComparison.Ordinal);

        await Verify.VerifyCodeFixAsync(
            Reported,
            fixedSource,
            Expected(0, "reader", "StreamReader"),
            Expected(1, "client", "HttpClient"),
            Expected(2, "source", "CancellationTokenSource"),
            Expected(3, "stream", "FileStream"));
    }

    [Fact]
    public async Task ALocalComparedWithNullOrReadForAnArrayIsStillReported()
    {
        const string source = """
            using System.Security.Cryptography;

            public class Hashes
            {
                public byte[] Sign(byte[] key, byte[] data)
                {
                    var {|#0:hmac|} = new HMACSHA256(key);
                    return hmac is null ? data : hmac.ComputeHash(data);
                }
            }
            """;
        const string fixedSource = """
            using System.Security.Cryptography;

            public class Hashes
            {
                public byte[] Sign(byte[] key, byte[] data)
                {
                    using var hmac = new HMACSHA256(key);
                    return hmac is null ? data : hmac.ComputeHash(data);
                }
            }
            """;

        await Verify.VerifyCodeFixAsync(source, fixedSource, Expected(0, "hmac", "HMACSHA256"));
    }

    [Fact]
    public async Task DisposedReturnedStoredOrPassedOnIsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(UndisposedLocalNegatives.HandedOn);
    }

    [Fact]
    public async Task CapturedIteratedOrUsedLaterIsNotReported()
    {
        await Verify.VerifyAnalyzerAsync(UndisposedLocalNegatives.CapturedOrOwned);
    }

    [Fact]
    public async Task FactoriesNoOpDisposablesAndTimersAreNotReported()
    {
        await Verify.VerifyAnalyzerAsync(UndisposedLocalNegatives.NotCreatedOrNotNeeded);
    }

    [Fact]
    public async Task AReaderOverAStreamTheFunctionWasGivenIsNotReportedButOneOverItsOwnStreamIs()
    {
        const string source = """
            using System.IO;
            using System.IO.Compression;

            public class Descriptors
            {
                private readonly Stream _stream = Stream.Null;
                public Stream Inner { get; } = Stream.Null;

                public uint Given(Stream stream) { var reader = new BinaryReader(stream); return reader.ReadUInt32(); }
                public int Field() { var reader = new StreamReader(_stream); return reader.Read(); }
                public void Property() { var writer = new StreamWriter(Inner); writer.Write(1); writer.Flush(); }
                public uint Own(string path) { var {|#0:reader|} = new BinaryReader(new FileStream(path, FileMode.Open)); return reader.ReadUInt32(); }
                public int Path(string path) { var {|#1:reader|} = new StreamReader(path); return reader.Read(); }
                public int Zip(Stream stream) { var {|#2:zip|} = new GZipStream(stream, CompressionMode.Decompress); return zip.ReadByte(); }
            }
            """;

        var fixedSource = source
            .Replace("var {|#0:reader|}", "using var reader", System.StringComparison.Ordinal)
            .Replace("var {|#1:reader|}", "using var reader", System.StringComparison.Ordinal)
            .Replace("var {|#2:zip|}", "using var zip", System.StringComparison.Ordinal);
        await Verify.VerifyCodeFixAsync(
            source,
            fixedSource,
            Expected(0, "reader", "BinaryReader"),
            Expected(1, "reader", "StreamReader"),
            Expected(2, "zip", "GZipStream"));
    }

    internal static DiagnosticResult Expected(int location, string local, string type, string keyword = "using") =>
        Verify.Diagnostic(DiagnosticDescriptors.UndisposedLocal).WithLocation(location).WithArguments(local, type, keyword);
}
