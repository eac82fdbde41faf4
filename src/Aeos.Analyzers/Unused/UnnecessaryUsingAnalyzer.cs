using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Unused;

/// <summary>
/// AEOS2001: a using directive (namespace, <c>static</c> or alias) that no name in its scope needs. Where the
/// compiler parses documentation comments it keeps its own record of the directives nothing needed
/// (<see cref="CompilerImportRecord"/>), which is taken as it is; in the other documentation modes the names of the
/// file are bound (<see cref="ImportUses"/>). A directive that repeats a <c>global using</c> is unnecessary;
/// a <c>global using</c> is unnecessary when no file of the compilation needs it (reported at its end).
/// Directives that do not bind are left to the compiler.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class UnnecessaryUsingAnalyzer : DiagnosticAnalyzer
{
    private readonly bool _useCompilerRecord;

    public UnnecessaryUsingAnalyzer()
        : this(useCompilerRecord: true)
    {
    }

    /// <summary>With <paramref name="useCompilerRecord"/> false, the names are bound in every documentation mode (tests compare the two ways).</summary>
    internal UnnecessaryUsingAnalyzer(bool useCompilerRecord)
    {
        _useCompilerRecord = useCompilerRecord;
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnnecessaryUsing);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();

        // Generated files need global usings too; nothing is reported inside them.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze);
        context.RegisterCompilationStartAction(start =>
        {
            var analysis = new CompilationAnalysis(GlobalImports.Find(start.Compilation, start.CancellationToken), _useCompilerRecord);
            start.RegisterSemanticModelAction(analysis.AnalyzeModel);
            start.RegisterCompilationEndAction(analysis.ReportGlobalUsings);
        });
    }

    /// <summary>The text that identifies what a directive imports: <c>static System.Math</c>, <c>IO = System.IO</c>.</summary>
    internal static string Describe(UsingDirectiveSyntax directive)
    {
        var name = Normalize(directive.Name?.ToString() ?? string.Empty);
        if (directive.Alias is not null)
        {
            return directive.Alias.Name.Identifier.ValueText + " = " + name;
        }

        return directive.StaticKeyword.IsKind(SyntaxKind.None) ? name : "static " + name;
    }

    private static string Normalize(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c)).ToArray()).Replace("global::", string.Empty);

    private static Diagnostic Create(UsingDirectiveSyntax directive, ISymbol target) =>
        Diagnostic.Create(
            DiagnosticDescriptors.UnnecessaryUsing,
            directive.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Symbol, target.GetDocumentationCommentId() ?? Describe(directive)),
            Describe(directive));
}
