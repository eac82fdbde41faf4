using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3006: an XML parser told to process DTDs or resolve external entities. Reported: setting
/// <c>DtdProcessing</c> to <c>Parse</c>, setting <c>ProhibitDtd</c> to <c>false</c>, and setting an
/// <c>XmlResolver</c> property to anything but <c>null</c> or <c>XmlResolver.ThrowingResolver</c> — on
/// <c>XmlReaderSettings</c>, <c>XmlDocument</c>, <c>XmlTextReader</c> and every other System.Xml type.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class XmlExternalEntitiesAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <c>kind</c> of a <c>DtdProcessing = Parse</c> diagnostic (fixed to <c>Prohibit</c>).</summary>
    public const string DtdProcessingKind = "DtdProcessing";

    /// <summary>The <c>kind</c> of an <c>XmlResolver = …</c> diagnostic (fixed to <c>null</c>).</summary>
    public const string XmlResolverKind = "XmlResolver";

    /// <summary>The <c>kind</c> of a <c>ProhibitDtd = false</c> diagnostic.</summary>
    public const string ProhibitDtdKind = "ProhibitDtd";

    private const int DtdProcessingParse = 2;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.XmlExternalEntities);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var dtdProcessing = start.Compilation.GetTypeByMetadataName("System.Xml.DtdProcessing");
            var resolver = start.Compilation.GetTypeByMetadataName("System.Xml.XmlResolver");
            if (dtdProcessing is null || resolver is null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, dtdProcessing, resolver), OperationKind.SimpleAssignment);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol dtdProcessing, INamedTypeSymbol resolver)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        var property = SecurityDiagnostics.AssignedProperty(assignment);
        if (property is null || !IsXmlNamespace(property.ContainingNamespace?.ToDisplayString()))
        {
            return;
        }

        var value = SecurityDiagnostics.WithoutConversions(assignment.Value);
        if (SymbolEqualityComparer.Default.Equals(property.Type, dtdProcessing) && value.ConstantValue is { HasValue: true, Value: DtdProcessingParse })
        {
            Report(context, value, DtdProcessingKind, "DtdProcessing.Parse", "DTDs are processed; use DtdProcessing.Prohibit");
        }
        else if (property.Name == "ProhibitDtd" && value.ConstantValue is { HasValue: true, Value: false })
        {
            Report(context, value, ProhibitDtdKind, "ProhibitDtd = false", "DTDs are processed; set DtdProcessing to Prohibit");
        }
        else if (SymbolEqualityComparer.Default.Equals(property.Type, resolver) && IsResolving(value))
        {
            Report(context, value, XmlResolverKind, property.ContainingType.Name + ".XmlResolver", "external entities and DTDs are fetched; set XmlResolver to null");
        }
    }

    private static bool IsXmlNamespace(string? ns) =>
        ns is not null && (ns == "System.Xml" || ns.StartsWith("System.Xml.", System.StringComparison.Ordinal));

    private static bool IsResolving(IOperation value) =>
        value is not IInvalidOperation
        && !value.Syntax.IsMissing
        && value.ConstantValue is not { HasValue: true, Value: null }
        && value is not IPropertyReferenceOperation { Property.Name: "ThrowingResolver" };

    private static void Report(OperationAnalysisContext context, IOperation value, string kind, string what, string why) =>
        context.ReportDiagnostic(SecurityDiagnostics.Create(
            DiagnosticDescriptors.XmlExternalEntities, context.Operation, context.ContainingSymbol, value.Syntax.GetLocation(), kind, what, why));
}
