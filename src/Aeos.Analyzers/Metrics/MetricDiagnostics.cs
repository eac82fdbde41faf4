using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Metrics;

/// <summary>The diagnostics of <see cref="SyntaxMetricsAnalyzer"/>: who is named, with which value and limit.</summary>
internal static class MetricDiagnostics
{
    /// <summary>The identity of a member that is not a <see cref="FunctionDeclaration"/>: an initialized member or a primary constructor.</summary>
    public static FunctionIdentity Identify(ISymbol? symbol, SyntaxToken name) =>
        symbol is null
            ? new FunctionIdentity(name.ValueText, string.Empty)
            : new FunctionIdentity(
                symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                symbol.GetDocumentationCommentId() ?? symbol.ToDisplayString());

    public static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, Location location, FunctionIdentity identity, int value, int limit)
    {
        var properties = DiagnosticProperties.ForMetric(value, limit, identity.DocumentationId);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, properties.ToImmutable(), identity.DisplayName, value, limit));
    }

    public static void ReportLength(SyntaxNodeAnalysisContext context, Location location, FunctionIdentity identity, int length, int limit, FunctionLinesMode mode)
    {
        var properties = DiagnosticProperties.ForMetric(length, limit, identity.DocumentationId);
        var unit = mode == FunctionLinesMode.Code
            ? (length == 1 ? "line of code" : "lines of code")
            : (length == 1 ? "line" : "lines");
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.FunctionLength,
            location,
            properties.ToImmutable(),
            identity.DisplayName,
            length,
            unit,
            limit));
    }
}
