using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Aeos.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>AEOS3006: replaces <c>DtdProcessing.Parse</c> with <c>DtdProcessing.Prohibit</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DtdProcessingProhibitFixer))]
[Shared]
public sealed class DtdProcessingProhibitFixer : CodeFixProvider
{
    private const string Title = "Prohibit DTD processing";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.XmlExternalEntities);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        EnumMemberReplacement.RegisterAsync(context, XmlExternalEntitiesAnalyzer.DtdProcessingKind, "Prohibit", Title);
}
