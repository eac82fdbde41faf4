using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Aeos.Analyzers.Configuration;

/// <summary>
/// Reads Aeos options for one compilation. A bad value falls back to the option's default and is
/// reported once per compilation (per key and value) as AEOS0001, instead of failing the analyzer.
/// </summary>
internal sealed class OptionReader
{
    private readonly AnalyzerConfigOptionsProvider _provider;
    private readonly ConcurrentDictionary<string, bool> _reported = new(StringComparer.Ordinal);

    public OptionReader(AnalyzerConfigOptionsProvider provider)
    {
        _provider = provider;
    }

    public int Read(IntegerOption option, SyntaxTree tree, Action<Diagnostic> report) =>
        Read(option, tree, report, option.DefaultValue, option.TryParse);

    public TEnum Read<TEnum>(ChoiceOption<TEnum> option, SyntaxTree tree, Action<Diagnostic> report)
        where TEnum : struct, Enum =>
        Read(option, tree, report, option.DefaultValue, option.TryParse);

    public decimal Read(PercentageOption option, SyntaxTree tree, Action<Diagnostic> report) =>
        Read(option, tree, report, option.DefaultValue, option.TryParse);

    public WildcardList Read(WildcardListOption option, SyntaxTree tree, Action<Diagnostic> report) =>
        Read(option, tree, report, option.DefaultValue, option.TryParse);

    public ImmutableArray<string> Read(NameListOption option, SyntaxTree tree, Action<Diagnostic> report) =>
        Read(option, tree, report, option.DefaultValue, option.TryParse);

    private T Read<T>(AeosOption option, SyntaxTree tree, Action<Diagnostic> report, T defaultValue, TryParse<T> parse)
    {
        if (!_provider.GetOptions(tree).TryGetValue(option.Key, out var raw))
        {
            return defaultValue;
        }

        if (parse(raw, out var value, out var problem))
        {
            return value;
        }

        ReportInvalid(option, raw, problem, report);
        return value;
    }

    private delegate bool TryParse<T>(string raw, out T value, out string problem);

    private void ReportInvalid(AeosOption option, string raw, string problem, Action<Diagnostic> report)
    {
        if (_reported.TryAdd(option.Key + "=" + raw, true))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.InvalidOption,
                Location.None,
                raw,
                option.Key,
                problem,
                option.DefaultText));
        }
    }
}
