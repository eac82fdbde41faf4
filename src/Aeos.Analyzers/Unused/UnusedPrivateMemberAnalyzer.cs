using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Aeos.Analyzers.Configuration;
using Aeos.Analyzers.Reliability;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2002: a private field, property, method, event or nested type that nothing refers to (with
/// <c>aeos.unused_members_scope = internal</c> also internal ones, unless the assembly declares
/// <c>InternalsVisibleTo</c>). References are collected over the whole compilation, generated code
/// included, so partial types across files and members used only by generated code count as used, as do
/// <c>nameof</c>, <c>cref</c>, string literals that spell the name (reflection, <c>MemberData("…")</c>,
/// <c>DebuggerDisplay</c>) and code disabled by <c>#if</c>, and members kept through their type
/// (<see cref="ReflectionRoots"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedPrivateMemberAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnusedPrivateMember, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated code is analysed for the references it makes; nothing is reported inside it.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(start.Compilation, new OptionReader(start.Options.AnalyzerConfigOptionsProvider), start.CancellationToken);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeName, SyntaxKind.IdentifierName, SyntaxKind.GenericName);
            start.RegisterSyntaxNodeAction(analysis.AnalyzeString, SyntaxKind.StringLiteralExpression);
            start.RegisterSyntaxNodeAction(analysis.Roots.AnalyzeTypeOf, SyntaxKind.TypeOfExpression);
            start.RegisterSyntaxTreeAction(analysis.AnalyzeTree);
            start.RegisterCompilationEndAction(analysis.Report);
        });
    }

    private sealed class CompilationAnalysis
    {
        private static readonly Regex Cref = new("cref\\s*=\\s*\"([^\"]*)\"", RegexOptions.CultureInvariant);

        private readonly Dictionary<ISymbol, ISymbol> _candidates = new(SymbolEqualityComparer.Default);
        /// <summary>The candidates under each name they can be referred to by (an attribute's short name too).</summary>
        private readonly Dictionary<string, List<ISymbol>> _names = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<ISymbol, bool> _used = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, bool> _mentioned = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<Diagnostic> _optionProblems = new();

        public CompilationAnalysis(Compilation compilation, OptionReader options, CancellationToken cancellationToken)
        {
            var settings = new Dictionary<SyntaxTree, (UnusedMembersScope Scope, ImmutableArray<string> Markers)>();
            var sharesInternals = compilation.Assembly.GetAttributes()
                .Any(a => a.AttributeClass?.Name == "InternalsVisibleToAttribute");
            foreach (var symbol in compilation.GetSymbolsWithName(_ => true, SymbolFilter.TypeAndMember, cancellationToken))
            {
                var tree = symbol.DeclaringSyntaxReferences.FirstOrDefault()?.SyntaxTree;
                if (tree is null || symbol.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (AttributeSpelling.MayCarry(symbol, "DynamicDependency"))
                {
                    Roots.AddDependencies(symbol, compilation);
                }

                var setting = SettingsFor(tree, settings, options);
                if (IsInScope(symbol, setting.Scope == UnusedMembersScope.Internal && !sharesInternals) && IsCandidate(symbol, setting.Markers))
                {
                    AddCandidate(symbol);
                }
            }
        }

        /// <summary>The members that reflection or a linker keeps through their type.</summary>
        public ReflectionRoots Roots { get; } = new();

        public void AnalyzeName(SyntaxNodeAnalysisContext context)
        {
            var name = (SimpleNameSyntax)context.Node;
            if (!_names.TryGetValue(name.Identifier.ValueText, out var named) || !named.Any(c => !_used.ContainsKey(c) && CanReach(c, name)))
            {
                return; // no candidate of this name is still unused and visible here: nothing to bind
            }

            var info = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken);
            foreach (var bound in info.CandidateSymbols.Add(info.Symbol!).Where(s => s is not null))
            {
                var symbol = Normalize(bound);
                if (_candidates.ContainsKey(symbol) && !IsInside(name, symbol))
                {
                    _used[symbol] = true;
                }
            }
        }

        public void AnalyzeString(SyntaxNodeAnalysisContext context)
        {
            var literal = (LiteralExpressionSyntax)context.Node;
            var text = literal.Token.ValueText;
            if (_names.ContainsKey(text))
            {
                _mentioned[text] = true;
            }
            else if (literal.FirstAncestorOrSelf<AttributeSyntax>() is not null)
            {
                Mention(text);
            }
        }

        public void AnalyzeTree(SyntaxTreeAnalysisContext context)
        {
            if (_names.Count == 0)
            {
                return;
            }

            var root = context.Tree.GetRoot(context.CancellationToken);
            foreach (var word in DisabledCode.Words(root))
            {
                Mention(word);
            }

            // cref="…" in documentation and plain comments, read off the text in one scan (in code it can only
            // be inside a string, where mentioning the name again is harmless).
            foreach (Match match in Cref.Matches(context.Tree.GetText(context.CancellationToken).ToString()))
            {
                Mention(match.Groups[1].Value);
            }
        }

        public void Report(CompilationAnalysisContext context)
        {
            foreach (var problem in _optionProblems)
            {
                context.ReportDiagnostic(problem);
            }

            foreach (var symbol in _candidates.Keys)
            {
                if (_used.ContainsKey(symbol) || _mentioned.ContainsKey(symbol.Name) || Roots.IsReflected(symbol))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.UnusedPrivateMember,
                    symbol.Locations[0],
                    ContainingSymbols.PropertiesFor(symbol),
                    KindOf(symbol),
                    symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)));
            }
        }

        private static bool IsInScope(ISymbol symbol, bool internals) => symbol.DeclaredAccessibility switch
        {
            Accessibility.Private => symbol is not INamedTypeSymbol || symbol.ContainingType is not null,
            Accessibility.Internal or Accessibility.ProtectedAndInternal => internals,
            _ => false,
        };

        private static bool IsCandidate(ISymbol symbol, ImmutableArray<string> markers) =>
            IsInSource(symbol) && !ImplicitUses.HasMarker(symbol, markers) && !IsInheritanceMember(symbol) && IsCandidateKind(symbol);

        private static bool IsInSource(ISymbol symbol) => symbol.Locations.Length != 0 && symbol.Locations[0].IsInSource;

        /// <summary>An override, an abstract or virtual member (another type may override it) or an extern one (its body is elsewhere).</summary>
        private static bool IsInheritanceMember(ISymbol symbol) => symbol.IsOverride || symbol.IsExtern || symbol.IsAbstract || symbol.IsVirtual;

        private static bool IsCandidateKind(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.ContainingType is { } type && !HasLayoutOrSerialization(type),
            IPropertySymbol property => !property.IsIndexer && property.ExplicitInterfaceImplementations.IsEmpty && !ImplicitUses.IsPatternMethod(property),
            IEventSymbol @event => @event.ExplicitInterfaceImplementations.IsEmpty,
            IMethodSymbol method => IsCandidateMethod(method),
            INamedTypeSymbol => true,
            _ => false,
        };

        /// <summary>An ordinary method, not partial, not called by a pattern (<c>GetEnumerator</c> …) nor an event handler.</summary>
        private static bool IsCandidateMethod(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Ordinary
            && method.PartialDefinitionPart is null && method.PartialImplementationPart is null && !IsPartial(method)
            && !ImplicitUses.IsPatternMethod(method) && !ImplicitUses.IsEventHandler(method);

        private static bool IsPartial(IMethodSymbol method) =>
            method.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is MethodDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

        private static bool HasLayoutOrSerialization(INamedTypeSymbol type) =>
            type.GetAttributes().Any(a => a.AttributeClass?.Name is "StructLayoutAttribute" or "SerializableAttribute" or "DataContractAttribute");

        private static ISymbol Normalize(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method)
            {
                if (method.MethodKind == MethodKind.Constructor)
                {
                    return method.ContainingType.OriginalDefinition;
                }

                return (method.ReducedFrom ?? method).OriginalDefinition;
            }

            return symbol.OriginalDefinition;
        }

        /// <summary>A reference from inside the member's own declaration (recursion, a type naming itself) is no use.</summary>
        private static bool IsInside(SyntaxNode reference, ISymbol symbol) =>
            symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == reference.SyntaxTree && r.Span.Contains(reference.Span));

        private static string KindOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol => "Field",
            IPropertySymbol => "Property",
            IEventSymbol => "Event",
            IMethodSymbol => "Method",
            _ => "Type",
        };

        /// <summary>The option values for the file of <paramref name="tree"/>, read once per file.</summary>
        private (UnusedMembersScope Scope, ImmutableArray<string> Markers) SettingsFor(
            SyntaxTree tree, Dictionary<SyntaxTree, (UnusedMembersScope Scope, ImmutableArray<string> Markers)> settings, OptionReader options)
        {
            if (!settings.TryGetValue(tree, out var setting))
            {
                setting = (options.Read(AeosOptions.UnusedMembersScope, tree, _optionProblems.Enqueue), options.Read(AeosOptions.UsedImplicitlyAttributes, tree, _optionProblems.Enqueue));
                settings.Add(tree, setting);
            }

            return setting;
        }

        /// <summary>Records <paramref name="symbol"/> as a candidate, under its name (and an attribute's short name too).</summary>
        private void AddCandidate(ISymbol symbol)
        {
            _candidates[symbol] = symbol;
            AddName(symbol.Name, symbol);
            if (symbol is INamedTypeSymbol && symbol.Name.EndsWith("Attribute", StringComparison.Ordinal))
            {
                AddName(symbol.Name.Substring(0, symbol.Name.Length - "Attribute".Length), symbol);
            }
        }

        private void AddName(string name, ISymbol symbol)
        {
            if (!_names.TryGetValue(name, out var named))
            {
                named = new List<ISymbol>();
                _names.Add(name, named);
            }

            named.Add(symbol);
        }

        /// <summary>
        /// Whether a name at <paramref name="node"/> can refer to <paramref name="candidate"/>: a private member
        /// or nested type is visible only inside the declarations of its containing type.
        /// </summary>
        private static bool CanReach(ISymbol candidate, SyntaxNode node) =>
            candidate.DeclaredAccessibility != Accessibility.Private || candidate.ContainingType is not { } type
            || type.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == node.SyntaxTree && r.Span.Contains(node.Span));

        private void Mention(string text)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            DisabledCode.AddWords(text, words);
            foreach (var word in words.Where(_names.ContainsKey))
            {
                _mentioned[word] = true;
            }
        }
    }
}
