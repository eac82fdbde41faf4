using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4001: a blocking wait inside an async function (method, local function or lambda): <c>.Result</c>,
/// <c>.Wait()</c>, <c>.GetAwaiter().GetResult()</c>, <c>Thread.Sleep</c>, or a synchronous call that has an
/// async overload in scope (the same name with <c>Async</c>, the same parameters and optionally a trailing
/// <c>CancellationToken</c>, returning a task). The properties tell the code fix what to write.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingWaitInAsyncCodeAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Property: which blocking form was found (a <see cref="BlockingKind"/> name).</summary>
    internal const string KindProperty = "kind";

    /// <summary>Property: the name of the async method the fix calls instead.</summary>
    internal const string AsyncMethodProperty = "asyncMethod";

    /// <summary>Property: the cancellation-token argument the fix appends (a name in scope, or <c>default</c>), when the async method takes one.</summary>
    internal const string TokenProperty = "token";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.BlockingWaitInAsyncCode);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = AsyncTypes.Create(start.Compilation);
            if (types is null)
            {
                return;
            }

            var analysis = new CompilationAnalysis(types);
            start.RegisterOperationAction(analysis.AnalyzePropertyReference, OperationKind.PropertyReference);
            start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
        });
    }

    private sealed class CompilationAnalysis
    {
        /// <summary>
        /// Synchronous methods whose async overloads are for special cases only (EF Core's <c>Add</c>), or whose
        /// async form is a different statement (<c>Dispose</c> becomes <c>await using</c>).
        /// </summary>
        private static readonly string[] IgnoredNames = { "Add", "AddRange", "Dispose" };

        private readonly AsyncTypes _types;

        public CompilationAnalysis(AsyncTypes types)
        {
            _types = types;
        }

        public void AnalyzePropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (reference.Property.Name != "Result" || reference.Instance is null || !_types.IsTaskWithResult(reference.Property.ContainingType)
                || !EnclosingCode.IsInAsyncFunction(reference, context.ContainingSymbol)
                || CompletedTasks.IsKnownCompleted(reference.Instance, reference.Syntax))
            {
                return;
            }

            Report(context, reference.Syntax, BlockingKind.Result, "await", asyncMethod: null, token: null);
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name.EndsWith("Async", StringComparison.Ordinal) || _types.IsAwaitable(method.ReturnType))
            {
                return;
            }

            var kind = Classify(invocation);
            if (kind is null || !EnclosingCode.IsInAsyncFunction(invocation, context.ContainingSymbol))
            {
                return;
            }

            switch (kind.Value)
            {
                case BlockingKind.Wait:
                    var fixable = method.Parameters.Length == 0;
                    Report(context, invocation.Syntax, fixable ? BlockingKind.Wait : BlockingKind.WaitWithTimeout, "await", null, null);
                    break;
                case BlockingKind.GetResult:
                    Report(context, invocation.Syntax, kind.Value, "await", null, null);
                    break;
                case BlockingKind.Sleep:
                    Report(context, invocation.Syntax, kind.Value, "await Task.Delay", "Delay", TokenInScope(invocation));
                    break;
                default:
                    ReportOverload(context, invocation);
                    break;
            }
        }

        private BlockingKind? Classify(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name == "Wait" && _types.IsTask(method.ContainingType) && !method.IsStatic)
            {
                return BlockingKind.Wait;
            }

            if (method.Name == "GetResult" && method.Parameters.Length == 0 && AwaitedOperand(invocation) is { } awaited)
            {
                return CompletedTasks.IsKnownCompleted(awaited, invocation.Syntax) ? null : BlockingKind.GetResult;
            }

            return ClassifyOther(method);
        }

        /// <summary>Thread.Sleep, or any other ordinary method that may have an async overload.</summary>
        private BlockingKind? ClassifyOther(IMethodSymbol method)
        {
            if (method.Name == "Sleep" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _types.Thread))
            {
                return BlockingKind.Sleep;
            }

            return Array.IndexOf(IgnoredNames, method.Name) < 0 && method.MethodKind == MethodKind.Ordinary ? BlockingKind.Overload : null;
        }

        /// <summary>The awaitable <c>x</c> of <c>x.GetAwaiter().GetResult()</c>, or null.</summary>
        private IOperation? AwaitedOperand(IInvocationOperation getResult)
        {
            if (getResult.Instance is not { } instance
                || EnclosingCode.WithoutConversions(instance) is not IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter)
            {
                return null;
            }

            return getAwaiter.Instance is { } awaited && _types.IsAwaitable(awaited.Type) ? awaited : null;
        }

        private void ReportOverload(OperationAnalysisContext context, IInvocationOperation invocation)
        {
            var overloads = AsyncOverloads.Find(invocation, _types, context.ContainingSymbol);
            if (overloads.IsEmpty || EnclosingCode.CallsAnyOf(invocation, overloads))
            {
                // A function that also calls the async form chose between the two: a sync/async dual-mode method.
                return;
            }

            var token = TokenInScope(invocation);
            var overload = token is not null
                ? overloads.FirstOrDefault(TakesToken) ?? overloads[0]
                : overloads.FirstOrDefault(o => !TakesToken(o) || o.Parameters.Last().IsOptional) ?? overloads[0];
            var argument = !TakesToken(overload) ? null : token ?? (overload.Parameters.Last().IsOptional ? null : "default");
            Report(context, invocation.Syntax, BlockingKind.Overload, "await " + overload.Name, overload.Name, argument);
        }

        private bool TakesToken(IMethodSymbol method) =>
            method.Parameters.Length > 0 && SymbolEqualityComparer.Default.Equals(method.Parameters.Last().Type, _types.CancellationToken);

        private string? TokenInScope(IOperation operation)
        {
            var model = operation.SemanticModel;
            if (model is null || _types.CancellationToken is null)
            {
                return null;
            }

            var candidates = model.LookupSymbols(operation.Syntax.SpanStart)
                .Where(s => s is IParameterSymbol or ILocalSymbol && SymbolEqualityComparer.Default.Equals(TypeOf(s), _types.CancellationToken))
                .OrderBy(s => s is IParameterSymbol ? 0 : 1)
                .ThenBy(s => s.Name, StringComparer.Ordinal);
            return candidates.FirstOrDefault()?.Name;
        }

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IParameterSymbol p => p.Type,
            ILocalSymbol l => l.Type,
            _ => null,
        };

        private static void Report(OperationAnalysisContext context, SyntaxNode node, BlockingKind kind, string replacement, string? asyncMethod, string? token)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties.Add(DiagnosticProperties.Symbol, ContainingSymbols.IdOf(context.Operation, context.ContainingSymbol));
            properties.Add(KindProperty, kind.ToString());
            if (asyncMethod is not null)
            {
                properties.Add(AsyncMethodProperty, asyncMethod);
            }

            if (token is not null)
            {
                properties.Add(TokenProperty, token);
            }

            var shown = node is InvocationExpressionSyntax call
                ? call.Expression + (call.ArgumentList.Arguments.Count == 0 ? "()" : "(…)")
                : node.ToString();
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.BlockingWaitInAsyncCode,
                node.GetLocation(),
                properties.ToImmutable(),
                shown,
                replacement));
        }
    }
}

/// <summary>The blocking forms AEOS4001 knows; the code fix rewrites each differently.</summary>
internal enum BlockingKind
{
    Result,
    Wait,
    WaitWithTimeout,
    GetResult,
    Sleep,
    Overload,
}
