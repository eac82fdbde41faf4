using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.WeakCryptographyAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class WeakCryptographyAnalyzerTests
{
    private const string Positives = """
        using System;
        using System.Security.Cryptography;
        using System.Threading.Tasks;

        public class Crypto
        {
            private readonly HashAlgorithm _md5 = {|#0:MD5.Create()|};
            private SymmetricAlgorithm Cipher { get; } = {|#1:TripleDES.Create()|};

            public async Task<byte[]> ChecksumAsync(byte[] data)
            {
                await Task.Yield();
                using var sha = {|#2:new SHA1Managed()|};
                return {|#3:SHA1.HashData(data)|};
            }

            public byte[] Encrypt(byte[] key, byte[] data)
            {
                using var aes = Aes.Create();
                aes.Key = key;
                {|#4:aes.Mode = CipherMode.ECB|};
                using var des = {|#5:DES.Create()|};
                return {|#6:aes.EncryptEcb(data, PaddingMode.PKCS7)|};
            }

            public object Keys()
            {
                using var rsa = {|#7:RSA.Create(1024)|};
                var provider = new RSACryptoServiceProvider { {|#8:KeySize = 512|} };
                Func<object> later = () => {|#9:new RSACryptoServiceProvider(1024)|};
                return {|#10:CryptoConfig.CreateFromName("MD5")|}!;
            }
        }
        """;

    private const string Negatives = """
        using System.Security.Cryptography;

        public class Strong
        {
            public byte[] Hash(byte[] data) => SHA256.HashData(data);
            public object Hmac(byte[] key) => new HMACSHA256(key);
            public object Rsa() => RSA.Create(3072);
            public object Default() => new RSACryptoServiceProvider(2048);
            public object Named() => CryptoConfig.CreateFromName("SHA512")!;

            public object Aes(byte[] key)
            {
                var aes = System.Security.Cryptography.Aes.Create();
                aes.Mode = CipherMode.CBC;
                aes.KeySize = 128;
                return aes;
            }
        }

        public class MD5 { public static MD5 Create() => new MD5(); }
        """;

    [Fact]
    public async Task WeakAlgorithmsEcbAndShortKeysAreReportedInEveryShape()
    {
        var test = new Verify.Test { TestCode = Positives };
        test.ExpectedDiagnostics.AddRange(new[]
        {
            Expected(0, "MD5", Hash), Expected(1, "TripleDES", "its 64-bit block leaks data on long streams (Sweet32); use Aes"),
            Expected(2, "SHA1", Hash), Expected(3, "SHA1", Hash), Expected(4, "The ECB mode", Ecb),
            Expected(5, "DES", "its 56-bit key is brute-forced in hours; use Aes"), Expected(6, "The ECB mode", Ecb),
            Expected(7, "A 1024-bit RSA or DSA key", Key), Expected(8, "A 512-bit RSA or DSA key", Key),
            Expected(9, "A 1024-bit RSA or DSA key", Key), Expected(10, "MD5", Hash),
        });
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task StrongAlgorithmsLongKeysAndLookAlikesAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    private const string Hash = "collisions are practical; use SHA256 or better";

    private const string Ecb = "equal blocks encrypt to equal blocks and show the data's structure; use an authenticated mode (AesGcm) or CBC with a MAC";

    private const string Key = "keys under 2048 bits can be factored; use 2048 bits or more";

    private static DiagnosticResult Expected(int location, string what, string why) =>
        Verify.Diagnostic(DiagnosticDescriptors.WeakCryptography).WithLocation(location).WithArguments(what, why);
}
