using System.Collections.Concurrent;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Unused;

/// <summary>The per-compilation state of AEOS2004: the unused parameters found, and the methods taken as method groups.</summary>
public sealed partial class UnusedParameterAnalyzer
{
    /// <summary>
    /// A method taken as a method group (a delegate, an event subscription, a handler table) may be
    /// called by code that cannot pass fewer arguments, anywhere in the compilation: the groups are collected
    /// once, from the operations of every file, and the diagnostics of the other methods reported at the end.
    /// </summary>
    private sealed class CompilationAnalysis
    {
        private readonly ConcurrentQueue<(Location Function, Diagnostic Diagnostic)> _pending = new();

        /// <summary>The declarations (first location) of the methods and local functions taken as method groups.</summary>
        private readonly ConcurrentDictionary<Location, bool> _methodGroups = new();

        public void AnalyzeFunction(SyntaxNodeAnalysisContext context)
        {
            if (context.IsGeneratedCode || ImposedSignatures.SuppressedByComment(context.Node))
            {
                return;
            }

            var (function, unused) = FindUnused(context);
            if (function is null || unused.Count == 0 || ImposedSignatures.SuppressesIde0060(function))
            {
                return;
            }

            foreach (var parameter in unused)
            {
                var ordinal = parameter.Parent is ParameterListSyntax list ? list.Parameters.IndexOf(parameter) : -1;
                if (ordinal >= 0 && !ImposedSignatures.IsInUniformFamily(function, ordinal, context.CancellationToken))
                {
                    _pending.Enqueue((function.Locations[0], Diagnostic.Create(
                        DiagnosticDescriptors.UnusedParameter,
                        parameter.GetLocation(),
                        ContainingSymbols.PropertiesFor(function),
                        parameter.Identifier.ValueText,
                        function.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat))));
                }
            }
        }

        public void AnalyzeMethodReference(OperationAnalysisContext context)
        {
            var reference = (IMethodReferenceOperation)context.Operation;
            var method = (reference.Method.ReducedFrom ?? reference.Method).OriginalDefinition;
            if (method.Locations.Length > 0 && method.Locations[0].IsInSource && !IsInNameOf(reference))
            {
                _methodGroups[method.Locations[0]] = true;
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            foreach (var (function, diagnostic) in _pending)
            {
                if (!_methodGroups.ContainsKey(function))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }

        /// <summary><c>nameof(M)</c> names the method without making a delegate of it.</summary>
        private static bool IsInNameOf(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
