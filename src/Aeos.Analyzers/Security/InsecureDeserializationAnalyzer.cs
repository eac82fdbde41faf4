using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3003: a serializer that creates whatever types its input names. Reported: creating a
/// <c>BinaryFormatter</c>, <c>SoapFormatter</c>, <c>NetDataContractSerializer</c>, <c>LosFormatter</c> or
/// <c>ObjectStateFormatter</c>; setting Newtonsoft.Json's <c>TypeNameHandling</c> to a constant other than
/// <c>None</c> without a <c>SerializationBinder</c> on the same settings; a <c>JavaScriptSerializer</c>
/// created with a type resolver.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureDeserializationAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <c>kind</c> property of a <c>TypeNameHandling</c> diagnostic, which the code fix handles.</summary>
    public const string TypeNameHandlingKind = "TypeNameHandling";

    private static readonly string[] FormatterNames =
    {
        "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
        "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
        "System.Runtime.Serialization.NetDataContractSerializer",
        "System.Web.UI.LosFormatter",
        "System.Web.UI.ObjectStateFormatter",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InsecureDeserialization);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = new KnownTypes(start.Compilation);
            if (types.IsEmpty)
            {
                return;
            }

            start.RegisterOperationAction(types.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(types.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    private sealed class KnownTypes
    {
        private readonly ImmutableArray<INamedTypeSymbol> _formatters;
        private readonly INamedTypeSymbol? _typeNameHandling;
        private readonly INamedTypeSymbol? _javaScriptSerializer;
        private readonly INamedTypeSymbol? _typeResolver;

        public KnownTypes(Compilation compilation)
        {
            _formatters = FormatterNames.Select(compilation.GetTypeByMetadataName).OfType<INamedTypeSymbol>().ToImmutableArray();
            _typeNameHandling = compilation.GetTypeByMetadataName("Newtonsoft.Json.TypeNameHandling");
            _javaScriptSerializer = compilation.GetTypeByMetadataName("System.Web.Script.Serialization.JavaScriptSerializer");
            _typeResolver = compilation.GetTypeByMetadataName("System.Web.Script.Serialization.JavaScriptTypeResolver");
        }

        public bool IsEmpty => _formatters.IsEmpty && _typeNameHandling is null && _javaScriptSerializer is null;

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            var formatter = _formatters.FirstOrDefault(f => SecurityDiagnostics.IsOrDerivesFrom(creation.Type, f));
            if (formatter is not null)
            {
                Report(context, creation.Syntax.GetLocation(), formatter.Name, formatter.Name, "it creates whatever types its input names; use System.Text.Json, or DataContractSerializer with known types");
            }
            else if (SecurityDiagnostics.IsOrDerivesFrom(creation.Type, _javaScriptSerializer) && creation.Arguments.Any(IsTypeResolver))
            {
                Report(context, creation.Syntax.GetLocation(), "JavaScriptTypeResolver", "JavaScriptSerializer with a type resolver", "the JSON names the types to create; drop the resolver");
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var property = SecurityDiagnostics.AssignedProperty(assignment);
            if (property is null || !SymbolEqualityComparer.Default.Equals(property.Type, _typeNameHandling)
                || assignment.Value.ConstantValue is not { HasValue: true, Value: int value } || value == 0 || HasBinder(assignment))
            {
                return;
            }

            var written = assignment.Value.Syntax.ToString();
            Report(context, assignment.Value.Syntax.GetLocation(), TypeNameHandlingKind, property.Name + " = " + written, "the JSON names the types to create; use TypeNameHandling.None, or allow only known types with a SerializationBinder");
        }

        private bool IsTypeResolver(IArgumentOperation argument) =>
            SymbolEqualityComparer.Default.Equals(argument.Parameter?.Type, _typeResolver)
            && SecurityDiagnostics.WithoutConversions(argument.Value).ConstantValue is not { HasValue: true, Value: null };

        /// <summary>A <c>SerializationBinder</c> set on the same object (initializer or receiver) restricts the types: the documented mitigation.</summary>
        private static bool HasBinder(ISimpleAssignmentOperation assignment)
        {
            var receiver = (assignment.Target as IPropertyReferenceOperation)?.Instance;
            var scope = assignment.Parent is IObjectOrCollectionInitializerOperation initializer ? (IOperation)initializer : Root(assignment);
            return scope.Descendants().OfType<ISimpleAssignmentOperation>().Any(other =>
                other.Target is IPropertyReferenceOperation { Property.Name: "SerializationBinder" or "Binder" } target
                && (scope is IObjectOrCollectionInitializerOperation || SameReceiver(target.Instance, receiver)));
        }

        private static bool SameReceiver(IOperation? a, IOperation? b) =>
            a is not null && b is not null && a.Syntax.ToString() == b.Syntax.ToString();

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is not null)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        private static void Report(OperationAnalysisContext context, Location location, string kind, string what, string why) =>
            context.ReportDiagnostic(SecurityDiagnostics.Create(DiagnosticDescriptors.InsecureDeserialization, context.Operation, context.ContainingSymbol, location, kind, what, why));
    }
}
