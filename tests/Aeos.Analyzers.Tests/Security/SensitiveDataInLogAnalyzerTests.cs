using System.Threading.Tasks;
using Aeos.Analyzers.Security;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.SensitiveDataInLogAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class SensitiveDataInLogAnalyzerTests
{
    /// <summary>Look-alikes of Microsoft.Extensions.Logging and Serilog with their real names, in an assembly of their own as the real ones are.</summary>
    private const string Libraries = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
            }
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class LoggerMessageAttribute : System.Attribute { }
        }

        namespace Serilog
        {
            public interface ILogger { void Information(string template, params object?[] values); }
        }
        """;

    private const string Positives = """
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        public class LoginRequest { public string UserName { get; set; } = ""; public string Password { get; set; } = ""; public string Email { get; set; } = ""; }

        public partial class Accounts
        {
            private readonly ILogger _logger;
            private readonly Serilog.ILogger _serilog;
            private readonly string _apiKey = "";

            public Accounts(ILogger logger, Serilog.ILogger serilog) { _logger = logger; _serilog = serilog; }

            public async Task LoginAsync(LoginRequest request, string resetToken)
            {
                await Task.Yield();
                _logger.LogInformation("Login {User} with {Password}", request.UserName, {|#0:request.Password|});
                _logger.LogWarning($"Reset with {{|#1:resetToken|}} for {{|#2:request.Email|}}");
                _serilog.Information("Calling with key " + {|#3:_apiKey|});
                LogSsn(_logger, {|#4:request.Email|});
            }

            [LoggerMessage]
            private static partial void LogSsn(ILogger logger, string email);

            private static partial void LogSsn(ILogger logger, string email) { }
        }
        """;

    private const string Negatives = """
        using Microsoft.Extensions.Logging;

        public class Safe
        {
            public void Log(ILogger logger, string userName, string password, int passwordLength, bool emailConfirmed, string emailTemplate)
            {
                logger.LogInformation("User {User} logged in", userName);
                logger.LogInformation("Password has {Length} characters; confirmed {Confirmed}; template {Template}", passwordLength, emailConfirmed, emailTemplate);
                var hash = password.GetHashCode();
                System.Console.WriteLine(password.Length);
                Validate(password);
            }

            private static void Validate(string password) { }
        }
        """;

    [Fact]
    public async Task SecretsAndPersonalDataPassedToLoggingCallsAreReported()
    {
        var test = WithLibraries(Positives);
        test.ExpectedDiagnostics.Add(Expected(0, "Password", "LogInformation", "a secret"));
        test.ExpectedDiagnostics.Add(Expected(1, "resetToken", "LogWarning", "a secret"));
        test.ExpectedDiagnostics.Add(Expected(2, "Email", "LogWarning", "personal data"));
        test.ExpectedDiagnostics.Add(Expected(3, "_apiKey", "Information", "a secret"));
        test.ExpectedDiagnostics.Add(Expected(4, "Email", "LogSsn", "personal data"));

        await test.RunAsync();
    }

    [Fact]
    public async Task OtherValuesDescriptionsAndNonLoggingCallsAreNotReported()
    {
        await WithLibraries(Negatives).RunAsync();
    }

    [Fact]
    public async Task TheLoggingLibrarysOwnParsersAndSinksAreNotLoggingCalls()
    {
        // The analysed code is the logging library itself (as when Serilog or NLog is built): a method of its
        // namespace is a parser or a sink, not a log write. Its own "...Log" type still is one.
        const string code = """
            namespace Serilog.Core
            {
                public sealed class Sink
                {
                    public void Run(string apiToken, char tokenChar)
                    {
                        Emit(apiToken);
                        Skip(tokenChar);
                        SelfLog.WriteLine("failed with {0}", {|#0:apiToken|});
                    }

                    private void Emit(string text) { }
                    private void Skip(char c) { }
                }

                public static class SelfLog { public static void WriteLine(string format, object arg) { } }
            }
            """;
        var test = new Verify.Test { TestCode = code };
        test.ExpectedDiagnostics.Add(Expected(0, "apiToken", "WriteLine", "a secret"));

        await test.RunAsync();
    }

    [Fact]
    public async Task TokensThatCannotHoldTextAreNotReportedButTextTokensAre()
    {
        const string code = """
            using System.Collections.Generic;
            using System.Threading;
            using Microsoft.Extensions.Logging;

            public enum TokenKind { Text, Hole }

            public class Worker
            {
                public void Stop(ILogger logger, CancellationToken cancellationToken, CancellationTokenSource tokenSource, char tokenChar,
                    List<TokenKind> tokens, string[] apiTokens, Dictionary<string, string> secrets)
                {
                    logger.LogInformation("stopping {Token} {Source} {Char} {Kinds}", cancellationToken, tokenSource, tokenChar, tokens);
                    logger.LogInformation("keys {Keys} {Secrets}", {|#0:apiTokens|}, {|#1:secrets|});
                }
            }
            """;
        var test = WithLibraries(code);
        test.ExpectedDiagnostics.Add(Expected(0, "apiTokens", "LogInformation", "a secret"));
        test.ExpectedDiagnostics.Add(Expected(1, "secrets", "LogInformation", "a secret"));

        await test.RunAsync();
    }

    [Theory]
    [InlineData("password", "a secret")]
    [InlineData("CustomerEmail", "personal data")]
    [InlineData("ssn", "personal data")]
    [InlineData("EmailTemplate", null)]
    [InlineData("userName", null)]
    public void ClassifiesNames(string name, string? expected) =>
        Assert.Equal(expected, SensitiveDataInLogAnalyzer.Sensitivity(name));

    private static Verify.Test WithLibraries(string code)
    {
        var test = new Verify.Test { TestCode = code };
        test.TestState.AdditionalProjects["Logging"].Sources.Add(Libraries);
        test.TestState.AdditionalProjectReferences.Add("Logging");
        return test;
    }

    private static DiagnosticResult Expected(int location, string name, string method, string what) =>
        Verify.Diagnostic(DiagnosticDescriptors.SensitiveDataInLog).WithLocation(location).WithArguments(name, method, what);
}
