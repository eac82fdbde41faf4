using System;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers.Metrics;

/// <summary>The limits in force in one file; a field is meaningful only for the rules it was read for.</summary>
internal readonly struct MetricLimits
{
    public MetricLimits(int cyclomatic, int cognitive, int length, FunctionLinesMode mode)
    {
        Cyclomatic = cyclomatic;
        Cognitive = cognitive;
        Length = length;
        Mode = mode;
    }

    public int Cyclomatic { get; }

    public int Cognitive { get; }

    public int Length { get; }

    public FunctionLinesMode Mode { get; }
}

/// <summary>
/// What one file needs, found once: which rules are on, and the options of the three rules, each read the
/// first time a function needs it (so a bad value is reported by the first function that reads it, as before).
/// Concurrent callbacks may read an option twice; the reader reports a bad value once.
/// </summary>
internal sealed class MetricTreeSettings
{
    private const int Unread = -1;

    private readonly OptionReader _options;
    private readonly SyntaxTree _tree;
    private int _cyclomatic = Unread;
    private int _cognitive = Unread;
    private int _length = Unread;
    private int _mode = Unread;

    public MetricTreeSettings(OptionReader options, SyntaxTree tree, SyntaxMetricKinds enabled)
    {
        _options = options;
        _tree = tree;
        Enabled = enabled;
    }

    /// <summary>The rules reported by this analyzer that are not turned off for this file.</summary>
    public SyntaxMetricKinds Enabled { get; }

    /// <summary>The options of <paramref name="rules"/>, read if not yet read.</summary>
    public MetricLimits Limits(SyntaxMetricKinds rules, Action<Diagnostic> report)
    {
        if ((rules & SyntaxMetricKinds.CyclomaticComplexity) != 0 && _cyclomatic == Unread)
        {
            _cyclomatic = _options.Read(AeosOptions.MaxCyclomaticComplexity, _tree, report);
        }

        if ((rules & SyntaxMetricKinds.CognitiveComplexity) != 0 && _cognitive == Unread)
        {
            _cognitive = _options.Read(AeosOptions.MaxCognitiveComplexity, _tree, report);
        }

        if ((rules & SyntaxMetricKinds.Length) != 0 && _length == Unread)
        {
            _length = _options.Read(AeosOptions.MaxFunctionLines, _tree, report);
        }

        // Checked on its own: another callback may have read the limit and not yet the mode.
        if ((rules & SyntaxMetricKinds.Length) != 0 && _mode == Unread)
        {
            _mode = (int)_options.Read(AeosOptions.FunctionLinesMode, _tree, report);
        }

        return new MetricLimits(_cyclomatic, _cognitive, _length, _mode == Unread ? FunctionLinesMode.Code : (FunctionLinesMode)_mode);
    }
}
