using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Tests.Verifiers;

/// <summary>
/// Runs an analyzer over sources and returns the diagnostics themselves, for the facts the verifier does
/// not compare: <see cref="Diagnostic.Properties"/> and the exact message text.
/// </summary>
public static class AnalyzerRunner
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(
        DiagnosticAnalyzer analyzer,
        string source,
        IReadOnlyDictionary<string, string>? options = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary) =>
        RunAsync(ImmutableArray.Create(analyzer), source, ImmutableArray<AdditionalText>.Empty, options, outputKind);

    /// <summary>Runs analyzers (and suppressors) with additional files; suppressed diagnostics are returned too, marked.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        string source,
        ImmutableArray<AdditionalText> additionalFiles,
        IReadOnlyDictionary<string, string>? options = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, default).ConfigureAwait(false);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "/src/Test.cs");
        var compilation = CSharpCompilation.Create("Test", new[] { tree }, references, new CSharpCompilationOptions(outputKind));
        var analyzerOptions = new AnalyzerOptions(additionalFiles, new OptionsProvider(options ?? new Dictionary<string, string>()));
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(analyzerOptions, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
    }

    /// <summary>An additional file given as text.</summary>
    public sealed class InMemoryText : AdditionalText
    {
        private readonly string _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(_text);
    }

    /// <summary>The same options for every tree and file, as a global config gives them.</summary>
    internal sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _options;

        public OptionsProvider(IReadOnlyDictionary<string, string> options)
        {
            _options = new DictionaryOptions(options);
        }

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _options;

        public DictionaryOptions(IReadOnlyDictionary<string, string> options)
        {
            _options = options;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
            _options.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _options.Keys.ToList();
    }
}
