using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Aeos.Analyzers.Security;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Security.BannedSymbolAnalyzer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class BannedSymbolAnalyzerTests
{
    /// <summary>A file as BannedApiAnalyzers users write it: comments, blank lines, messages, every prefix.</summary>
    private const string BannedApiAnalyzersFile = """
        // Banned APIs of the Legacy library

        T:Legacy.Ftp;use Legacy.Sftp
        M:Legacy.Text.Encode(System.String);use EncodeUtf8
        P:Legacy.Settings.Password
        F:Legacy.Settings.Key ; keys come from the vault
        E:Legacy.Settings.Changed
        N:Legacy.Unsafe
          M:Legacy.Extensions.Shout(System.String);   shouting is rude
        """;

    private const string Library = """
        using System;

        namespace Legacy
        {
            public class Ftp { public void Send() { } public static Ftp Open() => new Ftp(); }
            public class Sftp { public void Send() { } }
            public static class Text { public static string Encode(string s) => s; public static string Encode(int i) => ""; }
            public class Settings
            {
                public string Password { get; set; } = "";
                public string User { get; set; } = "";
                public static string Key = "";
                public event EventHandler? Changed;
                public event EventHandler? Saved;
            }
            public static class Extensions { public static string Shout(this string s) => s; public static string Whisper(this string s) => s; }
            [AttributeUsage(AttributeTargets.All)] public sealed class AuditAttribute : Attribute { }
            public class Base { public virtual void Run() { } public void Stop() { } }
            public class Derived : Base { public override void Run() { } }
        }

        namespace Legacy.Unsafe
        {
            public class Memory { public static void Poke() { } }
        }

        namespace Other
        {
            public class Ftp { public void Send() { } }
            public static class Text { public static string Encode(string s) => s; }
        }
        """;

    private const string EveryPrefixUse = """
        using Legacy.{|AEOS3001:Unsafe|};
        using Legacy;

        public class Client
        {
            private readonly {|AEOS3001:Ftp|} _ftp = {|AEOS3001:Ftp|}.Open();

            public void Use(Settings settings)
            {
                _ftp.{|AEOS3001:Send|}();
                var encoded = Text.{|AEOS3001:Encode|}("a") + Text.Encode(1);
                var copy = new Settings { {|AEOS3001:Password|} = settings.{|AEOS3001:Password|}, User = settings.User };
                var key = Settings.{|AEOS3001:Key|};
                settings.{|AEOS3001:Changed|} += (s, e) => { };
                settings.Saved += (s, e) => { };
                {|AEOS3001:Memory|}.Poke();
                var loud = "a".{|AEOS3001:Shout|}() + "b".Whisper() + Extensions.{|AEOS3001:Shout|}("c");
            }

            public void Look(Other.Ftp other) => other.Send();
        }
        """;

    [Fact]
    public async Task AFileWrittenForBannedApiAnalyzersBansEveryKindOfSymbol()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(EveryPrefixUse);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", BannedApiAnalyzersFile));

        await test.RunAsync();
    }

    [Fact]
    public async Task TheMessageNamesTheEntryAndItsReason()
    {
        const string source = "public class C { public object M() => {|#0:Legacy.Text.Encode(\"x\")|}; }";
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(source.Replace("{|#0:Legacy.Text.Encode(\"x\")|}", "Legacy.Text.{|#0:Encode|}(\"x\")", System.StringComparison.Ordinal));
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", BannedApiAnalyzersFile));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithLocation(0)
            .WithArguments("Text.Encode(string)", "is banned (M:Legacy.Text.Encode(System.String)): use EncodeUtf8"));

        await test.RunAsync();
    }

    private const string TypeMentions = """
        using System;
        using System.Collections.Generic;
        using static Legacy.{|AEOS3001:Ftp|};
        using Legacy;

        [{|AEOS3001:Audit|}]
        public class Mentions
        {
            public Type T1 = typeof({|AEOS3001:Ftp|});
            public List<{|AEOS3001:Ftp|}> Many = new();
            public {|AEOS3001:Ftp|}[] Array = new {|AEOS3001:Ftp|}[0];
            public {|AEOS3001:Ftp|} Created = new {|AEOS3001:Ftp|}();
            public Legacy.{|AEOS3001:Ftp|} Qualified = {|AEOS3001:Open|}();
            public string Name = nameof({|AEOS3001:Ftp|});
            public object Cast(object o) => ({|AEOS3001:Ftp|})o;
            public bool Test(object o) => o is {|AEOS3001:Ftp|};
            public void Local() { var ftp = {|AEOS3001:Open|}(); {|AEOS3001:Ftp|} target = {|AEOS3001:new()|}; ftp.{|AEOS3001:Send|}(); }
        }
        """;

    [Fact]
    public async Task ABannedTypeIsReportedWhereverItIsNamedAndOncePerMention()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(TypeMentions);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "T:Legacy.Ftp\nT:Legacy.AuditAttribute"));

        await test.RunAsync();
    }

    private const string Inheritance = """
        using Legacy;

        public class Mine : Derived
        {
            public void Go(Derived d, Base b)
            {
                d.{|AEOS3001:Run|}();
                b.{|AEOS3001:Run|}();
                d.{|AEOS3001:Stop|}();
                {|AEOS3001:Stop|}();
            }
        }
        """;

    [Fact]
    public async Task InheritedAndOverridingMembersOfABannedMemberAreReported()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(Inheritance);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "M:Legacy.Base.Run\nM:Legacy.Base.Stop"));

        await test.RunAsync();
    }

    private const string Overloads = """
        public class C
        {
            public string A() => Legacy.Text.{|AEOS3001:Encode|}("a") + Legacy.Text.{|AEOS3001:Encode|}(1);
            public string B() => Other.Text.Encode("a");
            public object F() => Legacy.Ftp.{|AEOS3001:Open|}();
        }
        """;

    [Fact]
    public async Task AStarBansEveryOverloadAndABangAllowsAMemberOfABannedType()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(Overloads);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "M:Legacy.Text.Encode*\nN:Legacy.Unsafe\n!T:Legacy.Unsafe.Memory"));
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.Ftp.txt", "M:Legacy.Ftp.Open;use the pool"));
        test.TestState.AdditionalFiles.Add(("/src/NotBanned.txt", "M:Legacy.Other.Encode*"));
        test.TestState.Sources.Add("public class D { public void M() => Legacy.Unsafe.Memory.Poke(); public object N() => Legacy.Ftp.{|AEOS3001:Open|}(); }");

        await test.RunAsync();
    }

    private const string Aliases = """
        using F = Legacy.{|AEOS3001:Ftp|};

        public class Aliased
        {
            public void Go(F? maybe)
            {
                var ftp = new F();
                ftp.{|AEOS3001:Send|}();
                maybe?.{|AEOS3001:Send|}();
                System.Action send = ftp.{|AEOS3001:Send|};
            }
        }
        """;

    [Fact]
    public async Task AnAliasIsReportedAtItsDirectiveAndMembersAtEveryUse()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add(Aliases);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "T:Legacy.Ftp"));

        await test.RunAsync();
    }

    [Fact]
    public async Task AMethodIdWithoutParametersFollowsTheCompilerLikeBannedApiAnalyzers()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.Sources.Add("public class C { public string M() => Legacy.Text.Encode(\"a\") + Legacy.Text.Encode(1); }");
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "M:Legacy.Text.Encode"));

        await test.RunAsync();
    }

    [Fact]
    public async Task AMalformedLineIsReportedAtItsLineNamingFileAndLine()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(Library);
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "// ok\nT:Legacy.Ftp\nLegacy.Sftp;forgot the prefix\nM:Legacy.Text.Encode(System.String\nT:Unknown.Type.Is.Fine"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithSpan("/src/BannedSymbols.txt", 3, 1, 3, 30)
            .WithArguments("BannedSymbols.txt", "line 3 is not a valid entry ('Legacy.Sftp;forgot the prefix'): expected a documentation-comment ID starting with T:, M:, P:, F:, E: or N:"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithSpan("/src/BannedSymbols.txt", 4, 1, 4, 35)
            .WithArguments("BannedSymbols.txt", "line 4 is not a valid entry ('M:Legacy.Text.Encode(System.String'): unbalanced brackets in the parameter list"));

        await test.RunAsync();
    }

    private const string DefaultListUse = """
        using System.Net;
        using System.Security.Cryptography;

        public class Downloader
        {
            public string Get(string url)
            {
                using var client = new {|#0:WebClient|}();
                using var kdf = {|#1:new Rfc2898DeriveBytes("pw", new byte[16])|};
                using var good = new Rfc2898DeriveBytes("pw", new byte[16], 600000, HashAlgorithmName.SHA256);
                return client.{|#2:DownloadString|}(url);
            }
        }
        """;

    [Fact]
    public async Task TheBuiltInListAppliesWithoutAnyFile()
    {
        var test = new Verify.Test { TestCode = DefaultListUse };
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithLocation(0)
            .WithArguments("WebClient", "is banned (T:System.Net.WebClient): obsolete (SYSLIB0014): use HttpClient"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithLocation(1).WithArguments(
            "Rfc2898DeriveBytes.Rfc2898DeriveBytes(string, byte[])",
            "is banned (M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.String,System.Byte[])): SHA-1 with 1000 iterations by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better"));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.BannedSymbol).WithLocation(2)
            .WithArguments("WebClient.DownloadString(string)", "is banned (T:System.Net.WebClient): obsolete (SYSLIB0014): use HttpClient"));
        test.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "// nothing of our own yet"));
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task TheBuiltInListCanBeTrimmedByABangLineOrTurnedOffPerFolder()
    {
        var trimmed = new Verify.Test { TestCode = "public class C { public void M() { var s = new System.Security.SecureString(); } }" };
        trimmed.TestState.AdditionalFiles.Add(("/src/BannedSymbols.txt", "!T:System.Security.SecureString"));
        await trimmed.RunAsync();

        var off = new Verify.Test().WithEditorConfig("/src/Legacy/.editorconfig", "aeos.banned_symbols_defaults = false");
        off.TestState.Sources.Add(("/src/Legacy/Old.cs", "public class Old { public void M() { var s = new System.Security.SecureString(); } }"));
        off.TestState.Sources.Add(("/src/New.cs", "public class New { public void M() { var s = new System.Security.{|AEOS3001:SecureString|}(); } }"));
        await off.RunAsync();
    }

    [Fact]
    public async Task InvalidDefaultsOptionIsReportedAndTheListStaysOn()
    {
        var test = new Verify.Test().WithEditorConfig("/.editorconfig", "aeos.banned_symbols_defaults = maybe");
        test.TestState.Sources.Add("public class C { public void M() { var s = new System.Security.{|AEOS3001:SecureString|}(); } }");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.InvalidOption)
            .WithArguments("maybe", "aeos.banned_symbols_defaults", "expected one of false, true", "true"));

        await test.RunAsync();
    }

    [Fact]
    public async Task GeneratedCodeIsSkippedAndTheDiagnosticNamesItsFunction()
    {
        const string source = "public class C { public void M() { var s = new System.Security.SecureString(); } }";
        var analyzer = ImmutableArray.Create<DiagnosticAnalyzer>(new BannedSymbolAnalyzer());
        var generated = await AnalyzerRunner.RunAsync(analyzer, "// <auto-generated/>\n" + source, ImmutableArray<AdditionalText>.Empty);
        var reported = await AnalyzerRunner.RunAsync(analyzer, source, ImmutableArray<AdditionalText>.Empty);

        Assert.Empty(generated);
        var diagnostic = Assert.Single(reported);
        Assert.Equal("M:C.M", diagnostic.Properties[DiagnosticProperties.Symbol]);
        Assert.Equal("T:System.Security.SecureString", diagnostic.Properties[DiagnosticProperties.BannedSymbol]);
    }

    [Theory]
    [InlineData("T:A.B", true)]
    [InlineData("N:A", true)]
    [InlineData("M:A.B.C(System.Int32,System.Collections.Generic.List{System.String})", true)]
    [InlineData("M:A.B.C*", true)]
    [InlineData("P:A.B.C*", false)]
    [InlineData("M:A.B.C*(System.Int32)", false)]
    [InlineData("X:A.B", false)]
    [InlineData("T:", false)]
    [InlineData("T:A B", false)]
    public void ValidatesDocumentationCommentIds(string id, bool valid) =>
        Assert.Equal(valid, BannedSymbolsParser.Validate(id) is null);

    [Theory]
    [InlineData("/p/BannedSymbols.txt", true)]
    [InlineData("/p/bannedsymbols.Security.txt", true)]
    [InlineData("/p/BannedSymbols.md", false)]
    [InlineData("/p/MyBannedSymbols.txt", false)]
    public void RecognisesTheFileNamesBannedApiAnalyzersReads(string path, bool recognised) =>
        Assert.Equal(recognised, BannedSymbolAnalyzer.IsBannedSymbolsFile(path));

    [Fact]
    public void TheBuiltInListIsWellFormed() =>
        Assert.Empty(BannedSymbolsParser.Parse(BannedSymbolsDefaults.Path, BannedSymbolsDefaults.SourceText).Problems.Select(p => p.Text));
}
