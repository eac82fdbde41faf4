using System;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Security;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.HardCodedSecretAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

/// <summary>
/// The secrets are assembled at run time from pieces, so that this file holds no literal that looks like a
/// secret (the repository analyses its own tests with AEOS3008).
/// </summary>
public sealed class HardCodedSecretAnalyzerTests
{
    private static readonly string AwsKey = "AKIA" + "Q3EGRTZ7VNW4HKLM";
    private static readonly string PrivateKey = "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----";
    private static readonly string GitHubToken = "ghp" + "_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5";
    private static readonly string DbPassword = "Sup3r" + "$ecret!9";
    private static readonly string ClientSecret = "q8Zt-" + "41xKvbp0Wm7RcLs2Ej";
    private static readonly string ApiKey = "f3a9c1d8e2b7" + "4c6a9e0d5f1b2a8c7e3d";
    private static readonly string LoginPassword = "Tr0ub4" + "dor&3x";

    private static string Positives() => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public class Credentials { public string ClientSecret { get; set; } = ""; }

        public class Config
        {
            private const string Aws = {|#0:"{{AwsKey}}"|};
            public static readonly string Pem = {|#1:@"{{PrivateKey}}"|};
            public string Connection => {|#2:"Server=db;User Id=app;Password={{DbPassword}};"|};

            public async Task<Credentials> LoadAsync(Dictionary<string, string> settings)
            {
                await Task.Yield();
                settings["ApiKey"] = {|#3:"{{ApiKey}}"|};
                Login(user: "admin", password: {|#4:"{{LoginPassword}}"|});
                System.Func<string> token = () => {|#5:"{{GitHubToken}}"|};
                return new Credentials { ClientSecret = {|#6:"{{ClientSecret}}"|} };
            }

            private static void Login(string user, string password) { }
        }
        """;

    private const string Negatives = """
        using System.Collections.Generic;

        public class Safe
        {
            private const string TokenHeader = "X-Auth-Token";
            private const string PasswordFieldName = "Secret_Input";
            public string SecretName { get; } = "db-password-prod";
            public string Password { get; set; } = "";
            public string DefaultPassword = "changeme-later";
            public string Token = "{0}:{1}:{2}";
            public string Checksum = "9f86d081884c7d659a2feaa0c55ad015";
            public string Connection = "Server=db;Password=$(DB_PASSWORD);";
            public string Trusted = "Server=db;Integrated Security=true;Database=Shop";
            public string Masked = "Password=********";
            public string ApiKeyFormat = "abcdefghijkl";

            public string Read(IDictionary<string, string> config) => Password = config["Db:Password"];
        }
        """;

    [Fact]
    public async Task KnownFormatsAndCredentialNamedValuesAreReportedWithTheirKind()
    {
        var test = new Verify.Test { TestCode = Positives() };
        test.ExpectedDiagnostics.Add(Expected(0, "AWS access key ID", " in 'Aws'"));
        test.ExpectedDiagnostics.Add(Expected(1, "private key block", " in 'Pem'"));
        test.ExpectedDiagnostics.Add(Expected(2, "password in a connection string", " in 'Connection'"));
        test.ExpectedDiagnostics.Add(Expected(3, "high-entropy value", " in 'ApiKey'"));
        test.ExpectedDiagnostics.Add(Expected(4, "high-entropy value", " in 'password'"));
        test.ExpectedDiagnostics.Add(Expected(5, "GitHub token", string.Empty));
        test.ExpectedDiagnostics.Add(Expected(6, "high-entropy value", " in 'ClientSecret'"));

        await test.RunAsync();
    }

    [Fact]
    public async Task NamesPlaceholdersAndOrdinaryValuesAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    [Fact]
    public async Task NoSecretAppearsInTheMessagePropertiesOrAnythingTheDiagnosticWrites()
    {
        var source = Positives().Replace("{|#", string.Empty, StringComparison.Ordinal);
        source = System.Text.RegularExpressions.Regex.Replace(source, @"[0-9]:(""|@"")", "$1").Replace("\"|}", "\"", StringComparison.Ordinal);
        var diagnostics = await AnalyzerRunner.RunAsync(new HardCodedSecretAnalyzer(), source);
        var secrets = new[] { AwsKey, "MIIEowIBAAKCAQEA7x", GitHubToken, DbPassword, ClientSecret, ApiKey, LoginPassword };

        Assert.Equal(7, diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var written = diagnostic.ToString() + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
                + string.Join("|", diagnostic.Properties.Select(p => p.Key + "=" + p.Value))
                + diagnostic.Descriptor.Description + string.Join("|", diagnostic.AdditionalLocations);
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, written, StringComparison.Ordinal));
        }

        Assert.Equal(
            new[] { "AwsAccessKey", "PrivateKey", "ConnectionStringPassword", "CredentialValue", "CredentialValue", "GitHubToken", "CredentialValue" },
            diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Properties[DiagnosticProperties.Kind]));
    }

    [Theory]
    [InlineData("DbPassword", true)]
    [InlineData("api_key", true)]
    [InlineData("ClientSecret", true)]
    [InlineData("PasswordFieldName", false)]
    [InlineData("TokenEndpoint", false)]
    [InlineData("Monkey", false)]
    public void RecognisesCredentialNames(string name, bool expected) =>
        Assert.Equal(expected, SecretPatterns.IsCredentialName(name));

    private static DiagnosticResult Expected(int location, string kind, string target) =>
        Verify.Diagnostic(DiagnosticDescriptors.HardCodedSecret).WithLocation(location).WithArguments(kind, target);
}
