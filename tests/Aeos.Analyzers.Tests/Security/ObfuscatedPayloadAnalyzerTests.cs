using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.ObfuscatedPayloadAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

/// <summary>The encoded payloads are built at run time, so that this file holds no long encoded literal itself.</summary>
public sealed class ObfuscatedPayloadAnalyzerTests
{
    private static readonly string Base64 = new string('Q', 120);
    private static readonly string Hex = string.Concat(System.Linq.Enumerable.Repeat("4d5a", 30));

    private static string Positives() => $$"""
        using System;
        using System.Text;
        using System.Threading.Tasks;

        public class Loader
        {
            private const string Payload = "{{Base64}}";

            public async Task<byte[]> LoadAsync()
            {
                await Task.Yield();
                var stage = "{{Hex}}";
                var bytes = {|#0:Convert.FromHexString(stage)|};
                return {|#1:Convert.FromBase64String(Payload)|};
            }

            public string Url() => {|#2:new string(new[] { (char)104, (char)116, (char)116, (char)112, (char)58, (char)47, (char)47 })|};
            public string Cmd() => {|#3:Encoding.ASCII.GetString(new byte[] { 99, 109, 100, 46, 101, 120, 101 })|};
            public string Name() => {|#4:((char)112).ToString() + (char)111 + (char)119 + (char)101 + (char)114 + (char)115|};
            public string Joined() => {|#5:string.Concat(new[] { (char)119, (char)103, (char)101, (char)116, (char)32, (char)45 })|};
        }
        """;

    private const string Negatives = """
        using System;
        using System.Text;

        public class Ordinary
        {
            public byte[] Small() => Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
            public byte[] Input(string data) => Convert.FromBase64String(data);
            public string Separator() => new string(new[] { (char)13, (char)10 });
            public string Letters() => new string(new[] { 'h', 'e', 'l', 'l', 'o', '!' });
            public string Decode(byte[] data) => Encoding.UTF8.GetString(data);
            public string Binary() => Encoding.UTF8.GetString(new byte[] { 0, 1, 2, 3, 200, 255, 7 });
            public string Label(int n) => "Item " + n + " of " + n * 2 + ".";
        }
        """;

    [Fact]
    public async Task EncodedLiteralsAndCharacterCodesAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            Positives(),
            Expected(0, "A 120-character hex literal is decoded at run time"),
            Expected(1, "A 120-character Base64 literal is decoded at run time"),
            Expected(2, "A string is assembled from 7 character codes"),
            Expected(3, "A string is assembled from 7 character codes"),
            Expected(4, "A string is assembled from 6 character codes"),
            Expected(5, "A string is assembled from 6 character codes"));

    [Fact]
    public async Task ShortLiteralsInputsLettersAndBinaryDataAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    private static DiagnosticResult Expected(int location, string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.ObfuscatedPayload).WithLocation(location).WithArguments(what);
}
