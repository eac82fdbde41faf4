namespace Aeos.Analyzers.Documentation;

/// <summary>Which part of a project's API AEOS1005 counts and AEOS1006 reports.</summary>
internal enum DocumentationScope
{
    /// <summary>Nothing: the files are not part of the documented API (tests, samples).</summary>
    None = 0,

    /// <summary>Types and members anyone outside the assembly can use.</summary>
    Public = 1,

    /// <summary>The public API plus what derived types outside the assembly can use (protected members of unsealed public types).</summary>
    Protected = 2,

    /// <summary>Everything except private members and what is nested in private types.</summary>
    Internal = 3,
}
