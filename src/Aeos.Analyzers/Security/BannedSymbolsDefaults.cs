using Microsoft.CodeAnalysis.Text;

namespace Aeos.Analyzers.Security;

/// <summary>
/// The built-in banned list of AEOS3001, in the banned-symbols file format: obsolete or unsafe APIs that
/// no other Aeos security rule covers. Documented on docs/rules/AEOS3001.md; turned off with
/// <c>aeos.banned_symbols_defaults = false</c>, trimmed with <c>!</c> lines in a project's file.
/// </summary>
internal static class BannedSymbolsDefaults
{
    /// <summary>The path the built-in entries report as their file.</summary>
    public const string Path = "built-in";

    public const string Text = """
        T:System.Net.WebClient;obsolete (SYSLIB0014): use HttpClient
        T:System.Net.WebRequest;obsolete (SYSLIB0014): use HttpClient
        T:System.Net.HttpWebRequest;obsolete (SYSLIB0014): use HttpClient
        T:System.Security.Cryptography.RNGCryptoServiceProvider;obsolete (SYSLIB0023): use RandomNumberGenerator
        T:System.Security.Cryptography.PasswordDeriveBytes;PBKDF1 is a weak key derivation: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.String,System.Byte[]);SHA-1 with 1000 iterations by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.String,System.Int32);SHA-1 with 1000 iterations by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.String,System.Byte[],System.Int32);SHA-1 by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.String,System.Int32,System.Int32);SHA-1 by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        M:System.Security.Cryptography.Rfc2898DeriveBytes.#ctor(System.Byte[],System.Byte[],System.Int32);SHA-1 by default: use Rfc2898DeriveBytes.Pbkdf2 with SHA-256 or better
        T:System.Security.SecureString;not encrypted outside Windows and still ends up as a plain string: keep secrets out of process memory instead
        M:System.Threading.Thread.Abort*;throws PlatformNotSupportedException on .NET Core and corrupts state on .NET Framework: cancel with a CancellationToken
        M:System.Reflection.Assembly.LoadWithPartialName(System.String);obsolete: loads whichever version it finds; use Assembly.Load with a full name
        """;

    public static SourceText SourceText { get; } = SourceText.From(Text);
}
