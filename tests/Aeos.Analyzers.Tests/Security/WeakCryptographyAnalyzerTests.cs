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

    /// <summary>Name-based UUIDs (RFC 4122 versions 3 and 5): the format requires MD5 or SHA-1.</summary>
    private const string NameBasedUuids = """
        using System;
        using System.Security.Cryptography;
        using System.Text;

        public static class Uuids
        {
            public static Guid V3(string name) => new Guid(MD5.HashData(Encoding.UTF8.GetBytes(name)));

            public static Guid V5(Guid space, string name)
            {
                var hash = SHA1.HashData(Encoding.UTF8.GetBytes(space + name));
                hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
                hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
                return new Guid(hash.AsSpan(0, 16), bigEndian: true);
            }

            public static Guid Create(byte[] namespaceBytes, byte[] nameBytes, int version)
            {
                byte[] hash;
                using (HashAlgorithm algorithm = version == 3 ? (HashAlgorithm)MD5.Create() : SHA1.Create())
                {
                    algorithm.TransformBlock(namespaceBytes, 0, namespaceBytes.Length, null, 0);
                    algorithm.TransformFinalBlock(nameBytes, 0, nameBytes.Length);
                    hash = algorithm.Hash!;
                }

                var newGuid = new byte[16];
                Array.Copy(hash, 0, newGuid, 0, 16);
                newGuid[6] = (byte)((newGuid[6] & 0x0F) | (version << 4));
                newGuid[8] = (byte)((newGuid[8] & 0x3F) | 0x80);
                return new Guid(newGuid);
            }

            public static Guid IntoSpan(ReadOnlySpan<byte> name)
            {
                Span<byte> hash = stackalloc byte[20];
                SHA1.HashData(name, hash);
                hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
                return new Guid(hash.Slice(0, 16));
            }

            public static Guid Computed(byte[] name)
            {
                using var md5 = MD5.Create();
                return new Guid(md5.ComputeHash(name));
            }

            public static object Incremental() => IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        }
        """;

    /// <summary>Look-alikes of UUIDs whose hash also goes elsewhere: passwords, integrity checks, a byte swap in a helper.</summary>
    private const string NotOnlyUuids = """
        using System;
        using System.Linq;
        using System.Security.Cryptography;
        using System.Text;

        public class NotOnly
        {
            private byte[] _last = Array.Empty<byte>();

            public Guid Kept(string name)
            {
                var hash = {|#0:MD5.HashData(Encoding.UTF8.GetBytes(name))|};
                _last = hash;
                return new Guid(hash);
            }

            public string Password(string password) => Convert.ToBase64String({|#1:SHA1.HashData(Encoding.UTF8.GetBytes(password))|});

            public bool Verify(byte[] file, byte[] expected) => {|#2:MD5.HashData(file)|}.SequenceEqual(expected);

            public Guid Swapped(byte[] name)
            {
                var hash = {|#3:SHA1.HashData(name)|};
                var bytes = new byte[16];
                Array.Copy(hash, bytes, 16);
                Swap(bytes);
                return new Guid(bytes);
            }

            public Func<Guid> Later(byte[] name)
            {
                var hash = {|#4:MD5.HashData(name)|};
                return () => new Guid(hash);
            }

            public Guid Compared(byte[] name, byte[] other)
            {
                var hash = {|#5:MD5.HashData(name)|};
                return hash[0] == other[0] ? new Guid(hash) : Guid.Empty;
            }

            private static void Swap(byte[] bytes) => (bytes[0], bytes[3]) = (bytes[3], bytes[0]);
        }
        """;

    [Fact]
    public async Task HashesThatOnlyBecomeAGuidAreNameBasedUuidsAndAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(NameBasedUuids);

    [Fact]
    public async Task HashesThatAlsoGoElsewhereThanAGuidAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            NotOnlyUuids,
            Expected(0, "MD5", Hash), Expected(1, "SHA1", Hash), Expected(2, "MD5", Hash),
            Expected(3, "SHA1", Hash), Expected(4, "MD5", Hash), Expected(5, "MD5", Hash));

    private const string Hash = "collisions are practical; use SHA256 or better";

    private const string Ecb = "equal blocks encrypt to equal blocks and show the data's structure; use an authenticated mode (AesGcm) or CBC with a MAC";

    private const string Key = "keys under 2048 bits can be factored; use 2048 bits or more";

    private static DiagnosticResult Expected(int location, string what, string why) =>
        Verify.Diagnostic(DiagnosticDescriptors.WeakCryptography).WithLocation(location).WithArguments(what, why);
}
