namespace Aeos.Build.Tasks.Contracts;

/// <summary>What the gate decided about this build's surface against the accepted one.</summary>
internal enum ContractVerdict
{
    New,
    Unchanged,
    Compatible,
    AcceptedMajor,
    AcceptedExplicitly,
    Rejected,
}

/// <summary>The verdict as the diff file's <c># result:</c> line and the build log write it.</summary>
internal static class ContractVerdicts
{
    public static string Text(ContractVerdict verdict) => verdict switch
    {
        ContractVerdict.New => "new",
        ContractVerdict.Unchanged => "unchanged",
        ContractVerdict.Compatible => "compatible",
        ContractVerdict.AcceptedMajor => "breaking, accepted: the major version increased",
        ContractVerdict.AcceptedExplicitly => "breaking, accepted: AeosApiAccept",
        _ => "breaking, rejected",
    };
}
