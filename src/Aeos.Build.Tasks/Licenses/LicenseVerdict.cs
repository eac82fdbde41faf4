namespace Aeos.Build.Tasks.Licenses;

/// <summary>
/// What the licence policy says about a package. The first three are also the verdicts on single
/// licences, ordered from worst to best so that an expression's verdict is a minimum (AND) or a maximum (OR).
/// </summary>
internal enum LicenseVerdict
{
    /// <summary>On the policy's denied list: error AEOS9201.</summary>
    Denied,

    /// <summary>Not on the allowed list (copyleft, or not known to be permissive): warning AEOS9202.</summary>
    Flagged,

    /// <summary>On the allowed list.</summary>
    Allowed,

    /// <summary>No SPDX expression to judge (no nuspec, a licence file or URL, a malformed expression): warning AEOS9203.</summary>
    Unknown,

    /// <summary>Accepted by a per-package exception of the policy file.</summary>
    Excepted,

    /// <summary>A development-only package (or any package of a test project): it does not ship, so it is only listed.</summary>
    Development,
}
