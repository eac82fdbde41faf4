using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3007: SQL text built from non-constant data (see <see cref="NonConstantText"/>) reaching a SQL API:
/// the SQL parameter (<c>sql</c>, <c>cmdText</c>, <c>commandText</c>, <c>selectCommandText</c>) of an ADO.NET
/// command or data adapter, a Dapper method, or an EF Core raw-SQL method, or an assignment to
/// <c>CommandText</c>. Constant SQL, SQL passed in as a parameter and <c>FormattableString</c> APIs
/// (<c>FromSqlInterpolated</c>, <c>FromSql</c>) are not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SqlInjectionAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] SqlParameterNames = { "sql", "cmdText", "commandText", "selectCommandText" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SqlInjection);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var command = start.Compilation.GetTypeByMetadataName("System.Data.IDbCommand");
            var adapter = start.Compilation.GetTypeByMetadataName("System.Data.IDbDataAdapter");
            start.RegisterOperationAction(c => AnalyzeArgument(c, command, adapter), OperationKind.Argument);
            start.RegisterOperationAction(c => AnalyzeAssignment(c, command), OperationKind.SimpleAssignment);
        });
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, INamedTypeSymbol? command, INamedTypeSymbol? adapter)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { Type.SpecialType: SpecialType.System_String } parameter
            || !SqlParameterNames.Contains(parameter.Name, StringComparer.Ordinal)
            || parameter.ContainingSymbol is not IMethodSymbol method
            || !IsSqlApi(method.ContainingType, command, adapter))
        {
            return;
        }

        var sink = method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        Analyze(context, argument.Value, sink);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, INamedTypeSymbol? command)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (SecurityDiagnostics.AssignedProperty(assignment) is { Name: "CommandText" } property && Implements(property.ContainingType, command))
        {
            Analyze(context, assignment.Value, property.ContainingType.Name + ".CommandText");
        }
    }

    private static void Analyze(OperationAnalysisContext context, IOperation value, string sink)
    {
        var how = NonConstantText.HowBuilt(value, Root(value));
        if (how is not null)
        {
            context.ReportDiagnostic(SecurityDiagnostics.Create(
                DiagnosticDescriptors.SqlInjection, context.Operation, context.ContainingSymbol, value.Syntax.GetLocation(), how, sink, how));
        }
    }

    private static bool IsSqlApi(INamedTypeSymbol type, INamedTypeSymbol? command, INamedTypeSymbol? adapter)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return Implements(type, command) || Implements(type, adapter)
            || ns == "Dapper" || ns.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal);
    }

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol? contract) =>
        contract is not null && (SymbolEqualityComparer.Default.Equals(type, contract) || type.AllInterfaces.Contains(contract, SymbolEqualityComparer.Default));

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }
}
