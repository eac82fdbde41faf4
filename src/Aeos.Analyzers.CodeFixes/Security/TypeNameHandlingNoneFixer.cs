using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Aeos.Analyzers;
using Aeos.Analyzers.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Aeos.Analyzers.CodeFixes.Security;

/// <summary>AEOS3003: sets Newtonsoft.Json's <c>TypeNameHandling</c> to <c>None</c>, keeping how the enum is written.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TypeNameHandlingNoneFixer))]
[Shared]
public sealed class TypeNameHandlingNoneFixer : CodeFixProvider
{
    private const string Title = "Use TypeNameHandling.None";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InsecureDeserialization);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        EnumMemberReplacement.RegisterAsync(context, InsecureDeserializationAnalyzer.TypeNameHandlingKind, "None", Title);
}
