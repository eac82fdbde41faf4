using System.Threading.Tasks;
using Aeos.Analyzers.Security;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.InsecureRandomnessAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class InsecureRandomnessAnalyzerTests
{
    private const string Positives = """
        using System;
        using System.Text;
        using System.Threading.Tasks;

        public class User { public string Password { get; set; } = ""; }
        public class Options { public string ApiKey { get; set; } = ""; }

        public class Tokens
        {
            private const string Chars = "abcdefghijklmnopqrstuvwxyz0123456789";
            private static readonly Random Rng = new();
            private readonly string _resetToken = {|#0:Rng.Next()|}.ToString();

            public string GenerateToken(int length)
            {
                var sb = new StringBuilder();
                for (var i = 0; i < length; i++) { sb.Append(Chars[{|#1:Rng.Next(Chars.Length)|}]); }
                return sb.ToString();
            }

            public byte[] Fill()
            {
                var salt = new byte[16];
                {|#2:Rng.NextBytes(salt)|};
                return salt;
            }

            public async Task CreateAsync(User user, Options options)
            {
                await Task.Yield();
                user.Password = {|#3:Random.Shared.Next(100000, 999999)|}.ToString();
                options.ApiKey = $"k-{{|#4:Random.Shared.NextInt64()|}}";
                Func<string> code = () => { var otpCode = {|#5:Rng.Next(1000000)|}.ToString("D6"); return otpCode; };
            }
        }
        """;

    private const string Negatives = """
        using System;
        using System.Security.Cryptography;

        public class Games
        {
            private readonly int _tokenCount = new Random().Next(10);

            public int RollDice() => Random.Shared.Next(1, 7);
            public TimeSpan Jitter() => TimeSpan.FromMilliseconds(Random.Shared.Next(100));
            public void Shuffle(int[] cards) => Random.Shared.Shuffle(cards);
            public string Pick(string[] colors) { var index = new Random(42).Next(colors.Length); return colors[index]; }
            public string Token() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
            public int Partition() { var partitionKey = Random.Shared.Next(8); return partitionKey; }
        }
        """;

    [Fact]
    public async Task RandomValuesBecomingSecretsAreReported() =>
        await Verify.VerifyAnalyzerAsync(
            Positives,
            Expected(0, "_resetToken"),
            Expected(1, "GenerateToken"),
            Expected(2, "salt"),
            Expected(3, "Password"),
            Expected(4, "ApiKey"),
            Expected(5, "otpCode"));

    [Fact]
    public async Task GamesJitterSamplingAndCryptographicRandomnessAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    [Theory]
    [InlineData("resetToken", true)]
    [InlineData("CreateSalt", true)]
    [InlineData("signingKey", true)]
    [InlineData("cacheKey", false)]
    [InlineData("footprint", false)]
    [InlineData("tokenCount", false)]
    public void RecognisesSecretNames(string name, bool expected) =>
        Assert.Equal(expected, InsecureRandomnessAnalyzer.IsSecretName(name));

    [Theory]
    [InlineData("GenerateToken", true)]
    [InlineData("Token", true)]
    [InlineData("NewSalt", true)]
    [InlineData("DeleteToken", false)]
    [InlineData("ParseTokens", false)]
    [InlineData("SwapTokens", false)]
    [InlineData("ValidatePassword", false)]
    public void RecognisesFunctionsThatMakeSecrets(string name, bool expected) =>
        Assert.Equal(expected, InsecureRandomnessAnalyzer.IsSecretFunctionName(name));

    [Fact]
    public async Task ARandomPickOfADomainObjectNamedLikeASecretIsNotReported() =>
        await Verify.VerifyAnalyzerAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading;

            public readonly struct SyntaxToken { public int Start { get; init; } }

            public static class Mutations
            {
                public static int DeleteToken(IReadOnlyList<SyntaxToken> tokens, Random random)
                {
                    var token = tokens[random.Next(tokens.Count)];
                    return token.Start;
                }

                public static CancellationToken Pick(CancellationToken[] sources, Random random)
                {
                    CancellationToken cancellationToken = sources[random.Next(sources.Length)];
                    return cancellationToken;
                }
            }
            """);

    [Fact]
    public async Task ARandomPickOfCharactersIntoASecretIsReported() =>
        await Verify.VerifyAnalyzerAsync("""
            using System;

            public static class Codes
            {
                public static char PickToken(string alphabet, Random random)
                {
                    var token = alphabet[{|#0:random.Next(alphabet.Length)|}];
                    return token;
                }
            }
            """, Expected(0, "PickToken"));

    private static DiagnosticResult Expected(int location, string name) =>
        Verify.Diagnostic(DiagnosticDescriptors.InsecureRandomness).WithLocation(location).WithArguments(name);
}
