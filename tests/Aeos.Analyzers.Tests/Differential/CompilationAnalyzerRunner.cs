using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Tests.Differential;

/// <summary>Runs one analyzer over a whole multi-file compilation, with the same options for every file.</summary>
internal static class CompilationAnalyzerRunner
{
    public static Task<ImmutableArray<Diagnostic>> RunAsync(DiagnosticAnalyzer analyzer, Compilation compilation, IReadOnlyDictionary<string, string> options)
    {
        var analyzerOptions = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new OptionsProvider(options));
        return compilation.WithAnalyzers(ImmutableArray.Create(analyzer), analyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
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

        public override IEnumerable<string> Keys => _options.Keys.ToList();

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _options.TryGetValue(key, out value);
    }
}
