namespace Aeos.Analyzers.Unused;

/// <summary>Which members AEOS2002 looks at (<c>aeos.unused_members_scope</c>).</summary>
internal enum UnusedMembersScope
{
    /// <summary>Private members and private nested types.</summary>
    Private = 0,

    /// <summary>Also internal members and types, when the assembly has no <c>InternalsVisibleTo</c>.</summary>
    Internal = 1,
}
