using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Aeos.Analyzers.Reliability;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3001: a use of a symbol banned by <c>BannedSymbols.txt</c>, any additional file named
/// <c>BannedSymbols.*.txt</c>, or the built-in list. Every mention is bound: type names anywhere (declarations,
/// <c>typeof</c>, casts, generic arguments, attributes, <c>using static</c>), members (calls, extension
/// methods, inherited and overriding members, properties, fields, events, indexers, constructors) and the
/// <c>using</c> directives of banned namespaces. A malformed line is reported in its file.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BannedSymbolAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.BannedSymbol, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var state = new CompilationState(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterAdditionalFileAction(state.ReportProblems);
            start.RegisterSyntaxNodeAction(state.AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            start.RegisterOperationAction(
                state.AnalyzeMember,
                OperationKind.Invocation,
                OperationKind.ObjectCreation,
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.EventReference,
                OperationKind.MethodReference);
        });
    }

    /// <summary>True for <c>BannedSymbols.txt</c> and <c>BannedSymbols.*.txt</c>, as BannedApiAnalyzers reads them.</summary>
    internal static bool IsBannedSymbolsFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals("BannedSymbols.txt", StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("BannedSymbols.", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class CompilationState
    {
        private readonly OptionReader _options;
        private readonly Dictionary<string, ImmutableArray<BannedSymbolProblem>> _problems = new(StringComparer.Ordinal);
        private readonly Lazy<BannedSymbolSet> _withDefaults;
        private readonly Lazy<BannedSymbolSet> _withoutDefaults;
        private readonly ConcurrentDictionary<SyntaxTree, BannedSymbolSet> _perTree = new();

        public CompilationState(Compilation compilation, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            _options = new OptionReader(options.AnalyzerConfigOptionsProvider);
            var userEntries = new List<BannedSymbolEntry>();
            foreach (var file in options.AdditionalFiles.Where(f => IsBannedSymbolsFile(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var text = file.GetText(cancellationToken);
                if (text is null)
                {
                    continue;
                }

                var (entries, problems) = BannedSymbolsParser.Parse(file.Path, text);
                userEntries.AddRange(entries);
                _problems[file.Path] = problems;
            }

            var defaults = BannedSymbolsParser.Parse(BannedSymbolsDefaults.Path, BannedSymbolsDefaults.SourceText).Entries;
            _withDefaults = new Lazy<BannedSymbolSet>(() => new BannedSymbolSet(compilation, defaults.Concat(userEntries)));
            _withoutDefaults = new Lazy<BannedSymbolSet>(() => new BannedSymbolSet(compilation, userEntries));
        }

        public void ReportProblems(AdditionalFileAnalysisContext context)
        {
            if (!_problems.TryGetValue(context.AdditionalFile.Path, out var problems))
            {
                return;
            }

            foreach (var problem in problems)
            {
                var text = string.Format(
                    CultureInfo.InvariantCulture,
                    "line {0} is not a valid entry ('{1}'): {2}",
                    problem.Line,
                    problem.Text,
                    problem.Reason);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.BannedSymbol,
                    Location.Create(problem.Path, problem.Span, problem.LineSpan),
                    Path.GetFileName(problem.Path),
                    text));
            }
        }

        /// <summary>Types and namespaces, wherever they are named; members are reported from the operations.</summary>
        public void AnalyzeName(SyntaxNodeAnalysisContext context)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (name.IsVar || name.Parent is NameColonSyntax or NameEqualsSyntax)
            {
                return;
            }

            var set = SetFor(context.Node.SyntaxTree, context.ReportDiagnostic);
            if (set.IsEmpty || !set.MayNameBannedTypeOrNamespace(name.Identifier.ValueText)
                || context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol is not { } symbol)
            {
                return;
            }

            if (IsTypeOrNamespaceMention(name, symbol) && set.Find(symbol) is { } ban && !IsInside(context.ContainingSymbol, ban.Banned))
            {
                Report(context.ReportDiagnostic, name.Identifier.GetLocation(), symbol, ban.Entry, SecurityDiagnostics.ContainingId(context));
            }
        }

        /// <summary>
        /// A type named anywhere, an attribute (whose name binds to its constructor: the mention is of the
        /// attribute type), or a namespace named in a using directive.
        /// </summary>
        private static bool IsTypeOrNamespaceMention(SimpleNameSyntax name, ISymbol symbol) => symbol switch
        {
            ITypeSymbol => true,
            INamespaceSymbol => IsInUsingDirective(name),
            IMethodSymbol { MethodKind: MethodKind.Constructor } => name.Parent is AttributeSyntax,
            _ => false,
        };

        /// <summary>Members: calls, constructors, properties, indexers, fields, events and method groups.</summary>
        public void AnalyzeMember(OperationAnalysisContext context)
        {
            var set = SetFor(context.Operation.Syntax.SyntaxTree, context.ReportDiagnostic);
            var member = MemberOf(context.Operation);
            if (set.IsEmpty || member is null || set.Find(member) is not { } ban || IsInside(context.ContainingSymbol, ban.Banned))
            {
                return;
            }

            var bannedItself = ban.Banned is not INamedTypeSymbol and not INamespaceSymbol;
            if (bannedItself || !IsReportedAtTypeName(context.Operation, member))
            {
                Report(context.ReportDiagnostic, MemberLocation(context.Operation.Syntax), member, ban.Entry, ContainingSymbols.IdOf(context.Operation, context.ContainingSymbol));
            }
        }

        private static ISymbol? MemberOf(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            IEventReferenceOperation @event => @event.Event,
            IMethodReferenceOperation method => method.Method,
            _ => null,
        };

        /// <summary>
        /// A member banned through its type or namespace is not reported again where that type's name is
        /// written: <c>new Banned()</c>, <c>Banned.Static()</c>, <c>: base()</c> of a banned base type.
        /// </summary>
        private static bool IsReportedAtTypeName(IOperation operation, ISymbol member) => operation switch
        {
            IObjectCreationOperation => operation.Syntax is ObjectCreationExpressionSyntax or AttributeSyntax,
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } => true,
            IInvocationOperation { Instance: null, TargetMethod.IsExtensionMethod: false } invocation => invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax },
            IMemberReferenceOperation { Instance: null } when member is not IMethodSymbol { IsExtensionMethod: true } => operation.Syntax is MemberAccessExpressionSyntax,
            _ => false,
        };

        private static Location MemberLocation(SyntaxNode syntax) => syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.GetLocation(),
            InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name.GetLocation(),
            InvocationExpressionSyntax { Expression: SimpleNameSyntax name } => name.GetLocation(),
            MemberAccessExpressionSyntax access => access.Name.GetLocation(),
            MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
            _ => syntax.GetLocation(),
        };

        /// <summary>The banned type, namespace or member's own code uses it freely.</summary>
        private static bool IsInside(ISymbol? containing, ISymbol banned)
        {
            for (var current = containing; current is not null; current = current.ContainingSymbol)
            {
                if (SymbolEqualityComparer.Default.Equals(current, banned))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Namespaces are reported in <c>using</c> directives only, at their last name; in code, the banned type names are.</summary>
        private static bool IsInUsingDirective(SimpleNameSyntax name) =>
            name.Parent is UsingDirectiveSyntax || (name.Parent is QualifiedNameSyntax { Parent: UsingDirectiveSyntax } q && q.Right == name);

        private BannedSymbolSet SetFor(SyntaxTree tree, Action<Diagnostic> report) =>
            _perTree.GetOrAdd(tree, t =>
                _options.Read(AeosOptions.BannedSymbolsDefaults, t, report) == BuiltInBannedSymbols.Included
                    ? _withDefaults.Value
                    : _withoutDefaults.Value);

        private static void Report(Action<Diagnostic> report, Location location, ISymbol symbol, BannedSymbolEntry entry, string containingId)
        {
            var reason = entry.Message.Length == 0 ? "is banned (" + entry.Id + ")" : "is banned (" + entry.Id + "): " + entry.Message;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(DiagnosticProperties.Symbol, containingId)
                .Add(DiagnosticProperties.BannedSymbol, entry.Id);
            report(Diagnostic.Create(
                DiagnosticDescriptors.BannedSymbol,
                location,
                properties,
                symbol is INamespaceSymbol ? symbol.ToDisplayString() : symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                reason));
        }
    }
}
