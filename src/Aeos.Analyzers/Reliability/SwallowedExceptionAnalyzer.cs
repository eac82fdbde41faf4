using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4005: a <c>catch</c> that swallows the exception. A catch handles the failure when it rethrows or
/// throws, uses the caught exception in any way (logs it, stores it, wraps it), calls a logging API,
/// records the failure in a variable, field, property or array element declared outside the catch (a
/// fallback value), or returns a value. A catch that states why it ignores the failure (a comment) or that
/// filters a specific exception type with <c>when</c> is deliberate (<see cref="DeliberateCatches"/>).
/// Catching <see cref="OperationCanceledException"/> (and its subclasses) is how cancellation is accepted,
/// and a catch in a retry loop (whose <c>try</c> leaves the loop on success) tries again: neither is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwallowedExceptionAnalyzer : DiagnosticAnalyzer
{
    internal const string EmptyReason = "is empty";

    internal const string UnhandledReason = "neither rethrows, logs, records nor returns a failure";

    /// <summary>Namespaces of the logging libraries whose calls count as logging, whatever the method.</summary>
    private static readonly string[] LoggingNamespaces =
    {
        "Microsoft.Extensions.Logging",
        "Serilog",
        "NLog",
        "log4net",
    };

    /// <summary>The tracing types of <c>System.Diagnostics</c> (not <c>Process</c> or <c>Stopwatch</c>).</summary>
    private static readonly string[] DiagnosticsTypes = { "Debug", "Trace", "TraceSource", "EventLog", "Activity" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SwallowedException);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var canceled = start.Compilation.GetTypeByMetadataName("System.OperationCanceledException");
            start.RegisterOperationAction(c => Analyze(c, canceled), OperationKind.CatchClause);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol? canceled)
    {
        var clause = (ICatchClauseOperation)context.Operation;
        if (clause.Syntax is not CatchClauseSyntax syntax
            || IsCancellation(clause.ExceptionType, canceled)
            || DeliberateCatches.IsDeliberate(syntax, clause))
        {
            return;
        }

        string reason;
        if (syntax.Block.Statements.Count == 0)
        {
            reason = EmptyReason;
        }
        else if (Handles(clause) || IsRetry(clause))
        {
            return;
        }
        else
        {
            reason = UnhandledReason;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.SwallowedException,
            syntax.CatchKeyword.GetLocation(),
            ContainingSymbols.PropertiesFor(clause, context.ContainingSymbol),
            reason));
    }

    private static bool IsCancellation(ITypeSymbol? type, INamedTypeSymbol? canceled)
    {
        for (var current = type; current is not null && canceled is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, canceled))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Handles(ICatchClauseOperation clause)
    {
        var exception = (clause.ExceptionDeclarationOrExpression as IVariableDeclaratorOperation)?.Symbol;
        var handlerSpan = clause.Handler.Syntax.Span;
        return OperationsOf(clause.Handler).Any(operation => HandlesFailure(operation, exception, handlerSpan));
    }

    private static bool HandlesFailure(IOperation operation, ILocalSymbol? exception, TextSpan handlerSpan) => operation switch
    {
        IThrowOperation => true,
        IReturnOperation { Kind: OperationKind.Return, ReturnedValue: not null } => true,
        ILocalReferenceOperation local => UsesOrRecords(local, exception, handlerSpan),
        IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or IArrayElementReferenceOperation => IsAssigned(operation),
        IInvocationOperation invocation => IsLogging(invocation.TargetMethod),
        _ => false,
    };

    /// <summary>The caught exception is used, or a local declared outside the handler is given a value.</summary>
    private static bool UsesOrRecords(ILocalReferenceOperation local, ILocalSymbol? exception, TextSpan handlerSpan) =>
        SymbolEqualityComparer.Default.Equals(local.Local, exception)
        || (IsAssigned(local) && !handlerSpan.Contains(local.Local.DeclaringSyntaxReferences.FirstOrDefault()?.Span ?? handlerSpan));

    /// <summary>
    /// A catch in a retry loop: the <c>try</c> leaves the loop when it succeeds (<c>return</c> or <c>break</c>),
    /// so reaching the end of the catch means "try again", which handles the failure.
    /// </summary>
    private static bool IsRetry(ICatchClauseOperation clause)
    {
        if (clause.Parent is not ITryOperation attempt)
        {
            return false;
        }

        var loop = EnclosingCode.RepeatingLoops(attempt).FirstOrDefault();
        return loop is not null && OperationsOf(attempt.Body).Any(operation => operation switch
        {
            IReturnOperation { Kind: OperationKind.Return } => true,
            IBranchOperation { BranchKind: BranchKind.Break } branch => SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel),
            _ => false,
        });
    }

    /// <summary>The operations of the handler, not those inside lambdas and local functions, which may never run.</summary>
    private static IEnumerable<IOperation> OperationsOf(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>
    /// The reference is written: the target of an assignment (an element of a deconstruction's tuple too),
    /// incremented or decremented. A fallback value given to it is a defined outcome.
    /// </summary>
    private static bool IsAssigned(IOperation reference)
    {
        var target = reference;
        while (target.Parent is ITupleOperation tuple)
        {
            target = tuple;
        }

        return (target.Parent is IAssignmentOperation assignment && assignment.Target == target)
            || target.Parent is IIncrementOrDecrementOperation;
    }

    private static bool IsLogging(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null)
        {
            return false;
        }

        return type.Name.EndsWith("Logger", StringComparison.Ordinal) || type.Name.EndsWith("Log", StringComparison.Ordinal)
            || IsLoggingApi(type, method.Name);
    }

    /// <summary>A method of a logging library's namespace, of System.Diagnostics' trace types, or Console.Write….</summary>
    private static bool IsLoggingApi(INamedTypeSymbol type, string method)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return Array.Exists(LoggingNamespaces, root => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal))
            || (ns == "System.Diagnostics" && Array.IndexOf(DiagnosticsTypes, type.Name) >= 0)
            || (ns == "System" && type.Name == "Console" && method.StartsWith("Write", StringComparison.Ordinal));
    }
}
