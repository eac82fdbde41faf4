using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyDtd = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Security.XmlExternalEntitiesAnalyzer,
    Aeos.Analyzers.CodeFixes.Security.DtdProcessingProhibitFixer>;
using VerifyResolver = Aeos.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    Aeos.Analyzers.Security.XmlExternalEntitiesAnalyzer,
    Aeos.Analyzers.CodeFixes.Security.XmlResolverNullFixer>;

namespace Aeos.Analyzers.Tests.Security;

public sealed class XmlExternalEntitiesAnalyzerTests
{
    private const string Source = """
        using System.IO;
        using System.Threading.Tasks;
        using System.Xml;

        public class Importer
        {
            private readonly XmlReaderSettings _settings = new() { DtdProcessing = {|#0:DtdProcessing.Parse|}, XmlResolver = {|#1:new XmlUrlResolver()|} };

            public XmlDocument Document { get; } = new XmlDocument { XmlResolver = {|#2:new XmlUrlResolver()|} };

            public async Task<XmlReader> OpenAsync(Stream stream, XmlResolver resolver)
            {
                await Task.Yield();
                var settings = new XmlReaderSettings();
                settings.DtdProcessing = {|#3:System.Xml.DtdProcessing.Parse|};
                settings.XmlResolver = {|#4:resolver|};
                return XmlReader.Create(stream, settings);
            }
        }
        """;

    [Fact]
    public async Task SchemaSetsInSubNamespacesAreCoveredToo()
    {
        const string source = "public class S { public object M() => new System.Xml.Schema.XmlSchemaSet { XmlResolver = {|#0:new System.Xml.XmlUrlResolver()|} }; }";

        await VerifyResolver.VerifyCodeFixAsync(source, "public class S { public object M() => new System.Xml.Schema.XmlSchemaSet { XmlResolver = null }; }", Resolver(0, "XmlSchemaSet"));
    }

    private const string DtdFixed = """
        using System.IO;
        using System.Threading.Tasks;
        using System.Xml;

        public class Importer
        {
            private readonly XmlReaderSettings _settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = {|#1:new XmlUrlResolver()|} };

            public XmlDocument Document { get; } = new XmlDocument { XmlResolver = {|#2:new XmlUrlResolver()|} };

            public async Task<XmlReader> OpenAsync(Stream stream, XmlResolver resolver)
            {
                await Task.Yield();
                var settings = new XmlReaderSettings();
                settings.DtdProcessing = System.Xml.DtdProcessing.Prohibit;
                settings.XmlResolver = {|#4:resolver|};
                return XmlReader.Create(stream, settings);
            }
        }
        """;

    private const string ResolverFixed = """
        using System.IO;
        using System.Threading.Tasks;
        using System.Xml;

        public class Importer
        {
            private readonly XmlReaderSettings _settings = new() { DtdProcessing = {|#0:DtdProcessing.Parse|}, XmlResolver = null };

            public XmlDocument Document { get; } = new XmlDocument { XmlResolver = null };

            public async Task<XmlReader> OpenAsync(Stream stream, XmlResolver resolver)
            {
                await Task.Yield();
                var settings = new XmlReaderSettings();
                settings.DtdProcessing = {|#3:System.Xml.DtdProcessing.Parse|};
                settings.XmlResolver = null;
                return XmlReader.Create(stream, settings);
            }
        }
        """;

    private const string Negatives = """
        using System.Xml;

        namespace System.Xml
        {
            public class LegacySettings { public bool ProhibitDtd { get; set; } }
        }

        public class Options { public DtdProcessing DtdProcessing { get; set; } public XmlResolver? XmlResolver { get; set; } }

        public class Safe
        {
            public object A() => new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            public object B() => new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = XmlResolver.ThrowingResolver };
            public object C() => new XmlDocument { XmlResolver = null };
            public object D() => new Options { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
            public object E() => new LegacySettings { ProhibitDtd = true };
            public object F() => new LegacySettings { ProhibitDtd = {|#0:false|} };
        }
        """;

    [Fact]
    public async Task DtdProcessingParseIsReportedAndFixedToProhibit()
    {
        var test = new VerifyDtd.Test { TestCode = Source, FixedCode = DtdFixed };
        test.ExpectedDiagnostics.AddRange(All());
        test.FixedState.ExpectedDiagnostics.Add(Resolver(1, "XmlReaderSettings"));
        test.FixedState.ExpectedDiagnostics.Add(Resolver(2, "XmlDocument"));
        test.FixedState.ExpectedDiagnostics.Add(Resolver(4, "XmlReaderSettings"));

        await test.RunAsync();
    }

    [Fact]
    public async Task AResolverIsReportedAndFixedToNull()
    {
        var test = new VerifyResolver.Test { TestCode = Source, FixedCode = ResolverFixed };
        test.ExpectedDiagnostics.AddRange(All());
        test.FixedState.ExpectedDiagnostics.Add(Dtd(0));
        test.FixedState.ExpectedDiagnostics.Add(Dtd(3));

        await test.RunAsync();
    }

    [Fact]
    public async Task AResolverWhoseValueIsNotWrittenYetIsNotReported()
    {
        // Found by the crash fuzzer: with the value missing (a half-typed line), the diagnostic had an empty span
        // that the fix took for the whole object initializer and replaced by null (InvalidCastException, AD0001).
        var test = new VerifyResolver.Test
        {
            TestCode = "public class S { public object M() => new System.Xml.Schema.XmlSchemaSet { XmlResolver =  }; }",
            CompilerDiagnostics = CompilerDiagnostics.None,
        };

        await test.RunAsync();
    }

    [Fact]
    public async Task SafeSettingsAndLookAlikePropertiesAreNotReportedButProhibitDtdFalseIs()
    {
        var expected = VerifyDtd.Diagnostic(DiagnosticDescriptors.XmlExternalEntities).WithLocation(0)
            .WithArguments("ProhibitDtd = false", "DTDs are processed; set DtdProcessing to Prohibit");

        await VerifyDtd.VerifyAnalyzerAsync(Negatives, expected);
    }

    private static DiagnosticResult[] All() => new[]
    {
        Dtd(0), Resolver(1, "XmlReaderSettings"), Resolver(2, "XmlDocument"), Dtd(3), Resolver(4, "XmlReaderSettings"),
    };

    private static DiagnosticResult Dtd(int location) =>
        VerifyDtd.Diagnostic(DiagnosticDescriptors.XmlExternalEntities).WithLocation(location)
            .WithArguments("DtdProcessing.Parse", "DTDs are processed; use DtdProcessing.Prohibit");

    private static DiagnosticResult Resolver(int location, string type) =>
        VerifyDtd.Diagnostic(DiagnosticDescriptors.XmlExternalEntities).WithLocation(location)
            .WithArguments(type + ".XmlResolver", "external entities and DTDs are fetched; set XmlResolver to null");
}
