using System;
using Aeos.Analyzers.Configuration;

namespace Aeos.Analyzers.Metrics;

/// <summary>The syntax metrics of <see cref="SyntaxMetricsCalculator"/>; several can be asked for at once.</summary>
[Flags]
internal enum SyntaxMetricKinds
{
    None = 0,

    /// <summary>AEOS1001, whose rules <see cref="CyclomaticComplexityCalculator"/> describes.</summary>
    CyclomaticComplexity = 1,

    /// <summary>AEOS1002, whose rules <see cref="CognitiveComplexityCalculator"/> describes.</summary>
    CognitiveComplexity = 2,

    /// <summary>AEOS1003, whose rules <see cref="FunctionLengthCalculator"/> describes.</summary>
    Length = 4,

    All = CyclomaticComplexity | CognitiveComplexity | Length,
}

/// <summary>The values of one <see cref="SyntaxMetricsCalculator"/> pass; a metric not asked for is 0.</summary>
internal readonly struct SyntaxMetrics
{
    public SyntaxMetrics(int cyclomaticComplexity, int cognitiveComplexity, int length)
    {
        CyclomaticComplexity = cyclomaticComplexity;
        CognitiveComplexity = cognitiveComplexity;
        Length = length;
    }

    public int CyclomaticComplexity { get; }

    public int CognitiveComplexity { get; }

    /// <summary>Lines, in the <see cref="FunctionLinesMode"/> asked for.</summary>
    public int Length { get; }
}
