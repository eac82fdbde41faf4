using System.Collections.Immutable;
using System.Threading.Tasks;
using Aeos.Analyzers.Unused;
using Aeos.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Verify = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Unused.UnusedPrivateMemberAnalyzer>;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>Every unused-code diagnostic carries the <c>symbol</c> the baseline matches on, and is tagged to fade.</summary>
public sealed class UnusedCodePropertiesTests
{
    private const string Source = """
        using System.Text;

        namespace Shop;

        public class Cart
        {
            private int _unused;

            public int Total(int count)
            {
                var ignored = 1;
                count = 2;
                return 0;
            }
        }
        """;

    public static TheoryData<string, string> Symbols() => new()
    {
        { RuleIdentifiers.UnnecessaryUsing, "N:System.Text" },
        { RuleIdentifiers.UnusedPrivateMember, "F:Shop.Cart._unused" },
        { RuleIdentifiers.UnusedLocal, "M:Shop.Cart.Total(System.Int32)" },
        { RuleIdentifiers.UnreadAssignment, "M:Shop.Cart.Total(System.Int32)" },
    };

    [Theory]
    [MemberData(nameof(Symbols))]
    public async Task TheDiagnosticNamesItsSymbolAndFadesTheCode(string id, string symbol)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
            new UnnecessaryUsingAnalyzer(), new UnusedPrivateMemberAnalyzer(), new UnusedLocalAnalyzer(), new UnreadAssignmentAnalyzer());
        var diagnostics = await AnalyzerRunner.RunAsync(analyzers, Source, ImmutableArray<AdditionalText>.Empty);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(symbol, diagnostic.Properties[DiagnosticProperties.Symbol]);
        Assert.Contains(WellKnownDiagnosticTags.Unnecessary, diagnostic.Descriptor.CustomTags);
    }

    [Fact]
    public async Task TheScopeIsReadPerFolder()
    {
        var test = new Verify.Test();
        test.TestState.Sources.Add(("/src/Legacy/Old.cs", "internal class {|#0:Old|} { }"));
        test.TestState.Sources.Add(("/src/New/Fresh.cs", "internal class Fresh { }"));
        test.WithEditorConfig("/.editorconfig", "aeos.unused_members_scope = private");
        test.WithEditorConfig("/src/Legacy/.editorconfig", "aeos.unused_members_scope = internal");
        test.ExpectedDiagnostics.Add(Verify.Diagnostic(DiagnosticDescriptors.UnusedPrivateMember).WithLocation(0).WithArguments("Type", "Old"));

        await test.RunAsync();
    }
}
