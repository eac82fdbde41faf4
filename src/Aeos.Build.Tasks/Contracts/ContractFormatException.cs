using System;

namespace Aeos.Build.Tasks.Contracts;

/// <summary>A surface file that is not as the task writes it: the 1-based line and what is wrong there.</summary>
internal sealed class ContractFormatException : Exception
{
    public ContractFormatException(int line, string problem)
        : base("line " + line + ": " + problem)
    {
        Line = line;
        Problem = problem;
    }

    public int Line { get; }

    public string Problem { get; }
}
