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

    public int Read(IntegerOption option, SyntaxTree tree, Action<Diagnostic> report)
    {
        if (!_provider.GetOptions(tree).TryGetValue(option.Key, out var raw))
        {
            return option.DefaultValue;
        }

        if (option.TryParse(raw, out var value, out var problem))
        {
            return value;
        }

        ReportInvalid(option, raw, problem, report);
        return value;
    }

    public TEnum Read<TEnum>(ChoiceOption<TEnum> option, SyntaxTree tree, Action<Diagnostic> report)
        where TEnum : struct, Enum
    {
        if (!_provider.GetOptions(tree).TryGetValue(option.Key, out var raw))
        {
            return option.DefaultValue;
        }

        if (option.TryParse(raw, out var value, out var problem))
        {
            return value;
        }

        ReportInvalid(option, raw, problem, report);
        return value;
    }

    public decimal Read(PercentageOption option, SyntaxTree tree, Action<Diagnostic> report)
    {
        if (!_provider.GetOptions(tree).TryGetValue(option.Key, out var raw))
        {
            return option.DefaultValue;
        }

        if (option.TryParse(raw, out var value, out var problem))
        {
            return value;
        }

        ReportInvalid(option, raw, problem, report);
        return value;
    }

    public ImmutableArray<string> Read(NameListOption option, SyntaxTree tree, Action<Diagnostic> report)
    {
        if (!_provider.GetOptions(tree).TryGetValue(option.Key, out var raw))
        {
            return option.DefaultValue;
        }

        if (option.TryParse(raw, out var value, out var problem))
        {
            return value;
        }

        ReportInvalid(option, raw, problem, report);
        return value;
    }

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
