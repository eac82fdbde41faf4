using System;

namespace Aeos.Build.Tasks.Budgets;

/// <summary>
/// The artifact size ratchet's arithmetic: a ceiling is a measured size plus the allowance (5 %, at least
/// 8 KiB, rounded up to whole KiB), room for ordinary growth between updates; it only goes down.
/// </summary>
internal static class SizeCeiling
{
    public const long MinimumAllowance = 8 * 1024;

    public const double AllowanceShare = 0.05;

    /// <summary>The ceiling recorded for a file of <paramref name="bytes"/>.</summary>
    public static long For(long bytes)
    {
        var allowance = Math.Max(MinimumAllowance, (long)Math.Ceiling(bytes * AllowanceShare));
        return (bytes + allowance + 1023) / 1024 * 1024;
    }

    /// <summary>The ceiling after an update: lower when the file shrank enough, never higher.</summary>
    public static long Next(long recorded, long bytes) => Math.Min(recorded, For(bytes));
}
