using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Security.CertificateValidationDisabledAnalyzer,
    Aeos.Analyzers.CodeFixes.Security.RemoveCertificateValidationBypassFixer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class CertificateValidationDisabledAnalyzerTests
{
    private const string Source = """
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading.Tasks;

        public class Clients
        {
            private readonly HttpClientHandler _handler = new HttpClientHandler
            {
                UseProxy = false,
                ServerCertificateCustomValidationCallback = {|#0:(message, cert, chain, errors) => true|},
            };

            public HttpClientHandler Lenient { get; } = new() { ServerCertificateCustomValidationCallback = {|#1:HttpClientHandler.DangerousAcceptAnyServerCertificateValidator|} };

            public async Task StartAsync(Stream stream)
            {
                ServicePointManager.ServerCertificateValidationCallback += {|#2:delegate (object s, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) { return true; }|};
                var options = new SslClientAuthenticationOptions();
                options.RemoteCertificateValidationCallback = {|#3:AcceptAll|};
                using var ssl = new SslStream(stream, false, {|#4:(s, c, ch, e) => true|});
                await ssl.AuthenticateAsClientAsync(options);
            }

            private static bool AcceptAll(object sender, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) => true;
        }
        """;

    private const string Fixed = """
        using System.IO;
        using System.Net;
        using System.Net.Http;
        using System.Net.Security;
        using System.Security.Cryptography.X509Certificates;
        using System.Threading.Tasks;

        public class Clients
        {
            private readonly HttpClientHandler _handler = new HttpClientHandler
            {
                UseProxy = false,
            };

            public HttpClientHandler Lenient { get; } = new() { };

            public async Task StartAsync(Stream stream)
            {
                var options = new SslClientAuthenticationOptions();
                using var ssl = new SslStream(stream, false, {|#4:(s, c, ch, e) => true|});
                await ssl.AuthenticateAsClientAsync(options);
            }

            private static bool AcceptAll(object sender, X509Certificate? c, X509Chain? ch, SslPolicyErrors e) => true;
        }
        """;

    private const string Negatives = """
        using System;
        using System.Net.Http;
        using System.Net.Security;

        public class Careful
        {
            private readonly string _thumbprint = "AB12";

            public HttpClientHandler Pinned() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (m, cert, chain, errors) => errors == SslPolicyErrors.None || cert?.Thumbprint == _thumbprint,
            };

            public HttpClientHandler Logged() => new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (m, cert, chain, errors) =>
                {
                    if (errors != SslPolicyErrors.None) { return false; }
                    return true;
                },
            };

            public Func<int, bool> Unrelated() => n => true;
        }
        """;

    [Fact]
    public async Task AcceptEverythingCallbacksAreReportedAndAssignmentsRemoved()
    {
        var test = new Verify.Test { TestCode = Source, FixedCode = Fixed };
        test.ExpectedDiagnostics.Add(Expected(0, "'HttpClientHandler.ServerCertificateCustomValidationCallback'"));
        test.ExpectedDiagnostics.Add(Expected(1, "'HttpClientHandler.ServerCertificateCustomValidationCallback'"));
        test.ExpectedDiagnostics.Add(Expected(2, "'ServicePointManager.ServerCertificateValidationCallback'"));
        test.ExpectedDiagnostics.Add(Expected(3, "'SslClientAuthenticationOptions.RemoteCertificateValidationCallback'"));
        test.ExpectedDiagnostics.Add(Expected(4, "The 'userCertificateValidationCallback' argument of 'SslStream.SslStream(Stream, bool, RemoteCertificateValidationCallback?)'"));
        test.FixedState.ExpectedDiagnostics.Add(Expected(4, "The 'userCertificateValidationCallback' argument of 'SslStream.SslStream(Stream, bool, RemoteCertificateValidationCallback?)'"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task CallbacksThatDecideSomethingAreNotReported() =>
        await Verify.VerifyAnalyzerAsync(Negatives);

    private static DiagnosticResult Expected(int location, string target) =>
        Verify.Diagnostic(DiagnosticDescriptors.CertificateValidationDisabled).WithLocation(location).WithArguments(target);
}
