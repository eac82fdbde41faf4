using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace Aeos.Analyzers.Tests.Differential;

/// <summary>
/// AEOS1001 against CA1502 and AEOS1004 against CA1501, member by member over the whole corpus: every value is
/// equal unless a <see cref="DocumentedDifference"/> applies, and then the test checks the exact values both
/// tools give, so a difference that disappears or changes fails here too.
/// </summary>
public sealed class CodeMetricsDifferentialTests : IClassFixture<DifferentialCorpus>
{
    /// <summary>The hand-written members where a counting difference applies: (Aeos value, CA1502 value).</summary>
    private static readonly Dictionary<string, (DocumentedDifference Difference, int Aeos, int Reference)> ComplexityDifferences = new(StringComparer.Ordinal)
    {
        ["M:Corpus.Differences.SwitchExpressions.Arms(System.Int32)"] = (DocumentedDifference.SwitchExpressionArms, 3, 1),
        ["M:Corpus.Differences.SwitchExpressions.ArmsWithoutDiscard(System.Int32)"] = (DocumentedDifference.SwitchExpressionArms, 3, 1),
        ["M:Corpus.Differences.SwitchExpressions.DiscardWithWhen(System.Int32)"] = (DocumentedDifference.SwitchExpressionArms, 3, 1),
        ["M:Corpus.Differences.SwitchExpressions.Types(System.Object)"] = (DocumentedDifference.SwitchExpressionArms, 3, 1),
        ["M:Corpus.Differences.PatternCombinators.Or(System.Int32)"] = (DocumentedDifference.PatternCombinators, 2, 1),
        ["M:Corpus.Differences.PatternCombinators.AndOr(System.Int32)"] = (DocumentedDifference.PatternCombinators, 3, 1),
        ["M:Corpus.Differences.PatternCombinators.NotWithOr(System.Object)"] = (DocumentedDifference.PatternCombinators, 2, 1),
        ["M:Corpus.Differences.PatternCombinators.CaseLabelWithOr(System.Int32)"] = (DocumentedDifference.PatternCombinators, 4, 3),
        ["M:Corpus.Differences.NonShortCircuit.BoolAnd(System.Boolean,System.Boolean)"] = (DocumentedDifference.NonShortCircuitBooleanOperators, 1, 2),
        ["M:Corpus.Differences.NonShortCircuit.BoolOr(System.Boolean,System.Boolean)"] = (DocumentedDifference.NonShortCircuitBooleanOperators, 1, 2),
        ["M:Corpus.Differences.NonShortCircuit.Mixed(System.Boolean,System.Boolean,System.Boolean)"] = (DocumentedDifference.NonShortCircuitBooleanOperators, 2, 4),
        ["M:Corpus.Partials.Hooks.OnChanged(System.Int32)"] = (DocumentedDifference.PartialMethodMeasuredAtDefinition, 3, 1),
    };

    private readonly DifferentialCorpus _corpus;
    private readonly ITestOutputHelper _output;

    public CodeMetricsDifferentialTests(DifferentialCorpus corpus, ITestOutputHelper output)
    {
        _corpus = corpus;
        _output = output;
    }

    [Fact]
    public void CorpusCoversAtLeastThreeHundredMembers()
    {
        _output.WriteLine($"CA1502 members: {_corpus.ReferenceComplexity.Count}, AEOS1001 functions: {_corpus.AeosComplexity.Count}, CA1501 types: {_corpus.ReferenceDepth.Count}, AEOS1004 classes: {_corpus.AeosDepth.Count}");
        Assert.True(_corpus.ReferenceComplexity.Count >= 300, "CA1502 measured only " + _corpus.ReferenceComplexity.Count + " members");
        Assert.True(_corpus.AeosComplexity.Count >= 300, "AEOS1001 measured only " + _corpus.AeosComplexity.Count + " functions");
    }

    [Fact]
    public void CyclomaticComplexityEqualsCA1502ExceptDocumentedDifferences()
    {
        var members = _corpus.ReferenceComplexity.Keys.Union(_corpus.AeosComplexity.Keys, StringComparer.Ordinal);
        var seen = new HashSet<DocumentedDifference>();
        var mismatches = new List<string>();
        foreach (var member in members.OrderBy(m => m, StringComparer.Ordinal))
        {
            var aeos = Value(_corpus.AeosComplexity, member);
            var reference = Value(_corpus.ReferenceComplexity, member);
            var (difference, expectedAeos, expectedReference) = ExpectedComplexity(member, reference);
            seen.Add(difference);
            if (aeos != expectedAeos || reference != expectedReference)
            {
                mismatches.Add($"{member}: AEOS1001 {Show(aeos)}, CA1502 {Show(reference)}; expected {Show(expectedAeos)} / {Show(expectedReference)} ({difference})");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(
            new[] { DocumentedDifference.None, DocumentedDifference.SwitchExpressionArms, DocumentedDifference.PatternCombinators, DocumentedDifference.NonShortCircuitBooleanOperators, DocumentedDifference.PartialMethodMeasuredAtDefinition, DocumentedDifference.DeclarationWithoutBody },
            seen.OrderBy(d => d));
    }

    [Fact]
    public void InheritanceDepthEqualsCA1501WithTheDefaultIgnoreList()
    {
        var mismatches = CompareDepth(_corpus.AeosDepth, framework: false);

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Contains(_corpus.AeosDepth, d => d.Key == "T:Corpus.Inheritance.WhiteLion" && d.Value == 4);
    }

    [Fact]
    public void InheritanceDepthWithAnEmptyIgnoreListAlsoCountsFrameworkBases()
    {
        var mismatches = CompareDepth(_corpus.AeosDepthIgnoringNothing, framework: true);

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.Equal(5, _corpus.AeosDepthIgnoringNothing["T:Corpus.Inheritance.CardDeclinedException"]);
        Assert.Equal(2, _corpus.ReferenceDepth["T:Corpus.Inheritance.CardDeclinedException"]);
    }

    private static int? Value(IReadOnlyDictionary<string, int> values, string key) => values.TryGetValue(key, out var value) ? value : null;

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not reported";

    private (DocumentedDifference Difference, int? Aeos, int? Reference) ExpectedComplexity(string member, int? reference)
    {
        if (ComplexityDifferences.TryGetValue(member, out var known))
        {
            return (known.Difference, known.Aeos, known.Reference);
        }

        if (HasNoBody(_corpus.Symbol(member)))
        {
            return (DocumentedDifference.DeclarationWithoutBody, null, 1);
        }

        return (DocumentedDifference.None, reference, reference);
    }

    private List<string> CompareDepth(IReadOnlyDictionary<string, int> aeosDepth, bool framework)
    {
        var mismatches = new List<string>();
        foreach (var type in aeosDepth.Keys.Union(_corpus.ReferenceDepth.Keys, StringComparer.Ordinal))
        {
            var aeos = Value(aeosDepth, type);
            var reference = Value(_corpus.ReferenceDepth, type);
            var (difference, expectedAeos, expectedReference) = ExpectedDepth((INamedTypeSymbol)_corpus.Symbol(type), reference, framework);
            if (aeos != expectedAeos || reference != expectedReference)
            {
                mismatches.Add($"{type}: AEOS1004 {Show(aeos)}, CA1501 {Show(reference)}; expected {Show(expectedAeos)} / {Show(expectedReference)} ({difference})");
            }
        }

        return mismatches;
    }

    private (DocumentedDifference Difference, int? Aeos, int? Reference) ExpectedDepth(INamedTypeSymbol type, int? reference, bool framework)
    {
        if (type.TypeKind is TypeKind.Struct or TypeKind.Enum or TypeKind.Delegate)
        {
            return (DocumentedDifference.NonClassTypeReportedByCA1501, null, 1);
        }

        var frameworkBases = framework ? FrameworkBases(type) : 0;
        var difference = frameworkBases > 0 ? DocumentedDifference.FrameworkBasesCounted : DocumentedDifference.None;
        return (difference, Positive((reference ?? 0) + frameworkBases), reference);
    }

    private static int? Positive(int value) => value > 0 ? value : null;

    /// <summary>The bases defined outside the corpus, <c>System.Object</c> excepted: what <see cref="DocumentedDifference.FrameworkBasesCounted"/> adds.</summary>
    private int FrameworkBases(INamedTypeSymbol type)
    {
        var count = 0;
        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            count += SymbolEqualityComparer.Default.Equals(current.ContainingAssembly, _corpus.Compilation.Assembly) ? 0 : 1;
        }

        return count;
    }

    private static bool HasNoBody(ISymbol symbol) =>
        symbol is not IMethodSymbol { PartialImplementationPart: not null }
        && symbol.DeclaringSyntaxReferences.All(r => r.GetSyntax() switch
        {
            AccessorDeclarationSyntax a => a.Body is null && a.ExpressionBody is null,
            BaseMethodDeclarationSyntax m => m.Body is null && m.ExpressionBody is null,
            _ => false,
        });
}
