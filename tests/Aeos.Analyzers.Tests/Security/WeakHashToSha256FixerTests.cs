using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Security.WeakCryptographyAnalyzer,
    Aeos.Analyzers.CodeFixes.Security.WeakHashToSha256Fixer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class WeakHashToSha256FixerTests
{
    private const string Source = """
        using System;
        using System.IO;
        using System.Security.Cryptography;

        public class Tool
        {
            private readonly HashAlgorithm _field = {|#5:MD5.Create()|};

            public string Stored { get; set; } = "";

            public void PrintChecksum(string path)
            {
                var bytes = File.ReadAllBytes(path);
                var hex = Convert.ToHexString({|#0:MD5.HashData(bytes)|});
                Console.WriteLine($"{path}: {hex}");
            }

            public void PrintStream(Stream stream)
            {
                using SHA1 sha = {|#1:SHA1.Create()|};
                var hash = sha.ComputeHash(stream);
                Console.WriteLine(BitConverter.ToString(hash));
            }

            public string ETag(byte[] body) => Convert.ToHexString({|#2:MD5.HashData(body)|});

            public bool Matches(byte[] data, byte[] expected) => {|#3:SHA1.HashData(data)|}.AsSpan().SequenceEqual(expected);

            public void Store(byte[] data) { Stored = Convert.ToBase64String({|#4:MD5.HashData(data)|}); }

            public void Compare(byte[] data, string known)
            {
                var hex = Convert.ToHexString({|#6:MD5.HashData(data)|});
                if (hex == known) { Console.WriteLine("same"); }
            }

            public MemoryStream Wrapped(byte[] data) => new MemoryStream({|#7:MD5.HashData(data)|});
        }
        """;

    private const string Fixed = """
        using System;
        using System.IO;
        using System.Security.Cryptography;

        public class Tool
        {
            private readonly HashAlgorithm _field = {|#5:MD5.Create()|};

            public string Stored { get; set; } = "";

            public void PrintChecksum(string path)
            {
                var bytes = File.ReadAllBytes(path);
                var hex = Convert.ToHexString(SHA256.HashData(bytes));
                Console.WriteLine($"{path}: {hex}");
            }

            public void PrintStream(Stream stream)
            {
                using SHA256 sha = SHA256.Create();
                var hash = sha.ComputeHash(stream);
                Console.WriteLine(BitConverter.ToString(hash));
            }

            public string ETag(byte[] body) => Convert.ToHexString({|#2:MD5.HashData(body)|});

            public bool Matches(byte[] data, byte[] expected) => {|#3:SHA1.HashData(data)|}.AsSpan().SequenceEqual(expected);

            public void Store(byte[] data) { Stored = Convert.ToBase64String({|#4:MD5.HashData(data)|}); }

            public void Compare(byte[] data, string known)
            {
                var hex = Convert.ToHexString({|#6:MD5.HashData(data)|});
                if (hex == known) { Console.WriteLine("same"); }
            }

            public MemoryStream Wrapped(byte[] data) => new MemoryStream({|#7:MD5.HashData(data)|});
        }
        """;

    [Fact]
    public async Task AHashThatStaysInItsFunctionBecomesSha256AndOnePersistedOrComparedKeepsItsAlgorithm()
    {
        var test = new Verify.Test { TestCode = Source, FixedCode = Fixed };
        foreach (var location in new[] { 0, 2, 4, 5, 6, 7 })
        {
            test.ExpectedDiagnostics.Add(Expected(location, "MD5"));
        }

        test.ExpectedDiagnostics.Add(Expected(1, "SHA1"));
        test.ExpectedDiagnostics.Add(Expected(3, "SHA1"));
        foreach (var location in new[] { 2, 4, 5, 6, 7 })
        {
            test.FixedState.ExpectedDiagnostics.Add(Expected(location, "MD5"));
        }

        test.FixedState.ExpectedDiagnostics.Add(Expected(3, "SHA1"));
        await test.RunAsync();
    }

    private static DiagnosticResult Expected(int location, string algorithm) =>
        Verify.Diagnostic(DiagnosticDescriptors.WeakCryptography).WithLocation(location)
            .WithArguments(algorithm, "collisions are practical; use SHA256 or better");
}
