using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Aeos.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>AEOS3006: sets the reported <c>XmlResolver</c> to <c>null</c>, so nothing outside the document is fetched.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(XmlResolverNullFixer))]
[Shared]
public sealed class XmlResolverNullFixer : CodeFixProvider
{
    private const string Title = "Set XmlResolver to null";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.XmlExternalEntities);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        EnumMemberReplacement.RegisterNullAsync(context, XmlExternalEntitiesAnalyzer.XmlResolverKind, Title);
}
