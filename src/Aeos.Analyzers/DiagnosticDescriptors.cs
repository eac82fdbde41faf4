using Microsoft.CodeAnalysis;

namespace Aeos.Analyzers;

/// <summary>
/// Every descriptor the analyzers report, created through one factory so that IDs, categories, default
/// severities and help links are seen together. Default severities here match the strict preset in
/// <c>build/Aeos.Analyzers.globalconfig</c>.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Where each rule's page lives: <c>docs/rules/{id}.md</c> in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/aeos-analyzers/Aeos.Analyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor InvalidOption = Create(
        RuleIdentifiers.InvalidOption,
        DiagnosticCategories.Configuration,
        "Invalid Aeos option value",
        "Invalid value '{0}' for option '{1}' in .editorconfig or a global config file: {2}; the default {3} is used",
        "An Aeos option in .editorconfig or a global config file has a value the option does not accept. The rule keeps working with the option's default value until the setting is corrected.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownOption = Create(
        RuleIdentifiers.UnknownOption,
        DiagnosticCategories.Configuration,
        "Unknown Aeos option or rule ID",
        "'{0}' in .editorconfig or a global config file names no Aeos {1} and has no effect{2}",
        "A key of .editorconfig or a global config file starts like an Aeos option (aeos.) or sets the severity of an Aeos rule (dotnet_diagnostic.AEOS….severity), but no such option or rule exists: the setting is ignored and the rule it was meant for keeps its default.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor FunctionLength = Create(
        RuleIdentifiers.FunctionLength,
        DiagnosticCategories.Size,
        "Function is too long",
        "'{0}' is {1} {2} long; the limit is {3}",
        "A function longer than the limit does more than one thing and is hard to read, test and review. Extract coherent parts into well-named functions.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CognitiveComplexity = Create(
        RuleIdentifiers.CognitiveComplexity,
        DiagnosticCategories.Size,
        "Function is too hard to understand",
        "'{0}' has a cognitive complexity of {1}; the limit is {2}",
        "Cognitive complexity (G. Ann Campbell, SonarSource) charges every break in the linear flow of a function, more when it is nested. A function above the limit is hard to read and to change safely. Extract nested parts into well-named functions, return early, and flatten conditions.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DocumentationCoverage = Create(
        RuleIdentifiers.DocumentationCoverage,
        DiagnosticCategories.Documentation,
        "Documentation coverage of the public API is too low",
        "Documentation coverage of the public API is {0}% ({1} of {2} members documented, {3} missing); the minimum is {4}%",
        "The share of the project's public API (types and members visible outside the assembly) that has an XML documentation comment with a <summary> text is below the minimum. Undocumented API is guessed at by its users; document the members AEOS1006 points at.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UndocumentedMember = Create(
        RuleIdentifiers.UndocumentedMember,
        DiagnosticCategories.Documentation,
        "Public API member is not documented",
        "'{0}' {1}",
        "A type or member visible outside the assembly has no XML documentation comment, or its comment has no <summary> text. Its users only see its name; write what it does, what it expects and what it returns.",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor BlockingWaitInAsyncCode = Create(
        RuleIdentifiers.BlockingWaitInAsyncCode,
        DiagnosticCategories.Reliability,
        "Blocking wait in async code",
        "'{0}' blocks the thread inside async code; use {1}",
        "Blocking on a task or calling a synchronous API inside an async function ties up a thread pool thread, can deadlock where a synchronization context exists and defeats the purpose of async code. Await the task, await Task.Delay, or call the async overload.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QueryInLoop = Create(
        RuleIdentifiers.QueryInLoop,
        DiagnosticCategories.Performance,
        "Query executed inside a loop",
        "'{0}' runs a query once per iteration of the enclosing loop (N+1 queries)",
        "A database query executed once per loop iteration turns one round trip into N. Load the data once before the loop (a join, an Include, a Contains over the keys) and look it up in memory.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor LinearSearchInLoop = Create(
        RuleIdentifiers.LinearSearchInLoop,
        DiagnosticCategories.Performance,
        "Linear search inside a loop",
        "'{0}' searches '{1}' linearly once per iteration of the enclosing loop; build a {2} before the loop",
        "A linear search inside a loop over another collection costs the product of both sizes. Build a HashSet, a Dictionary or a lookup once before the loop and query it in constant time.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StringConcatenationInLoop = Create(
        RuleIdentifiers.StringConcatenationInLoop,
        DiagnosticCategories.Performance,
        "String built with += inside a loop",
        "'{0}' is built with += inside a loop; use a StringBuilder",
        "Each += on a string copies the whole string built so far, so building a string in a loop takes quadratic time and memory. Append to a StringBuilder and call ToString once.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SwallowedException = Create(
        RuleIdentifiers.SwallowedException,
        DiagnosticCategories.Reliability,
        "Exception is swallowed",
        "The exception caught here is swallowed: the catch block {0}",
        "A catch block that neither rethrows, logs, records the exception nor returns a failure hides the error: the program goes on in an unknown state and nobody learns why. Handle the failure, log it, or let the exception propagate.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor AsyncVoid = Create(
        RuleIdentifiers.AsyncVoid,
        DiagnosticCategories.Reliability,
        "Async method returns void",
        "'{0}' is async void; return Task so that callers can await it and observe its exceptions",
        "An exception thrown by an async void method cannot be caught by its caller and crashes the process, and nobody can wait for it to finish. Only event handlers must return void; every other async function should return Task.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CyclomaticComplexity = Create(
        RuleIdentifiers.CyclomaticComplexity,
        DiagnosticCategories.Size,
        "Function has too many decision points",
        "'{0}' has a cyclomatic complexity of {1}; the limit is {2}",
        "Cyclomatic complexity counts the independent paths through a function: 1 plus each branch, loop, switch label and short-circuit operator. A function with many paths needs many tests and is hard to change safely. Split it into smaller functions or replace conditionals with data or polymorphism.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InheritanceDepth = Create(
        RuleIdentifiers.InheritanceDepth,
        DiagnosticCategories.Size,
        "Class hierarchy is too deep",
        "'{0}' has {1} base {2} above it; the limit is {3}",
        "Each base class adds behaviour a reader must know to understand the class, and changes to a base ripple into every class below it. Prefer composition over deep inheritance. Framework bases are not counted by default.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnnecessaryUsing = Create(
        RuleIdentifiers.UnnecessaryUsing,
        DiagnosticCategories.Unused,
        "Using directive is unnecessary",
        "The using directive '{0}' is unnecessary",
        "A using directive that no name in its scope needs only adds noise and false dependencies. Remove it; a global using is unnecessary when no file of the project needs it, and a using that repeats a global using is unnecessary everywhere.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.Unnecessary,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusedPrivateMember = Create(
        RuleIdentifiers.UnusedPrivateMember,
        DiagnosticCategories.Unused,
        "Private member is never used",
        "{0} '{1}' is never used",
        "A private field, property, method, event or nested type that nothing refers to is dead code: it is read, compiled and maintained for nothing. Remove it. Members reached by reflection, serialization, interop or test frameworks are recognized by their attributes.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.Unnecessary,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnusedLocal = Create(
        RuleIdentifiers.UnusedLocal,
        DiagnosticCategories.Unused,
        "Local variable is never used",
        "The local variable '{0}' is never used",
        "A local variable that is declared and never read or written is dead code. Remove the declaration; when its initializer has side effects, keep the initializer as a statement.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.Unnecessary);

    public static readonly DiagnosticDescriptor UnusedParameter = Create(
        RuleIdentifiers.UnusedParameter,
        DiagnosticCategories.Unused,
        "Parameter is never used",
        "The parameter '{0}' of '{1}' is never used",
        "A parameter that the body never refers to makes every caller compute and pass a value for nothing, and suggests the function depends on something it ignores. Remove the parameter and the arguments passed to it.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.Unnecessary,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnreadAssignment = Create(
        RuleIdentifiers.UnreadAssignment,
        DiagnosticCategories.Unused,
        "Assigned value is never read",
        "The value assigned to '{0}' is never read",
        "An assignment whose value nobody reads is dead code, and often a bug: the value was meant to be used, or the wrong variable is assigned. Remove the assignment; when the assigned expression has side effects, keep it as a statement.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.Unnecessary);

    public static readonly DiagnosticDescriptor BannedSymbol = Create(
        RuleIdentifiers.BannedSymbol,
        DiagnosticCategories.Security,
        "Banned API is used",
        "'{0}' {1}",
        "The project bans this symbol in BannedSymbols.txt (or a BannedSymbols.*.txt file), or the built-in list bans it as obsolete or unsafe. Use the replacement the ban names. A malformed line of a banned-symbols file is reported at that line.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InsecureDeserialization = Create(
        RuleIdentifiers.InsecureDeserialization,
        DiagnosticCategories.Security,
        "Insecure deserialization",
        "{0}: {1}",
        "A serializer that reads type names from its input lets whoever controls the data create arbitrary types and run code (gadget chains). Use a serializer bound to a fixed set of types: System.Text.Json, DataContractSerializer with known types, or Newtonsoft.Json with TypeNameHandling.None.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor WeakCryptography = Create(
        RuleIdentifiers.WeakCryptography,
        DiagnosticCategories.Security,
        "Weak cryptography",
        "{0} is weak: {1}",
        "Broken hash functions (MD5, SHA-1), weak ciphers (DES, TripleDES, RC2), the ECB mode and RSA or DSA keys shorter than 2048 bits do not protect data against today's attackers. Use SHA-256 or better, AES in an authenticated mode and keys of at least 2048 bits.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor XmlExternalEntities = Create(
        RuleIdentifiers.XmlExternalEntities,
        DiagnosticCategories.Security,
        "XML parser resolves external entities or processes DTDs",
        "{0}: {1}",
        "An XML parser that processes DTDs or resolves external entities lets a document read local files, call internal URLs or exhaust memory (XXE, billion laughs). Prohibit DTD processing and set XmlResolver to null.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor CertificateValidationDisabled = Create(
        RuleIdentifiers.CertificateValidationDisabled,
        DiagnosticCategories.Security,
        "TLS certificate validation is disabled",
        "{0} accepts every server certificate; TLS no longer authenticates the server",
        "A certificate validation callback that always returns true accepts any certificate, so anyone on the network path can impersonate the server and read or change the traffic. Remove the callback, or validate against a pinned certificate or a private root.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor HardCodedSecret = Create(
        RuleIdentifiers.HardCodedSecret,
        DiagnosticCategories.Security,
        "Hard-coded secret",
        "A hard-coded secret ({0}) is in the source code{1}; load it from a secret store or configuration",
        "A secret written in source code is readable by everybody with access to the repository, its history, build logs and the compiled assembly, and cannot be rotated without a release. Keep secrets in a secret store, environment or user secrets. The diagnostic never repeats the secret.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SqlInjection = Create(
        RuleIdentifiers.SqlInjection,
        DiagnosticCategories.Security,
        "SQL text built from non-constant data",
        "SQL text passed to '{0}' is built by {1} from non-constant data; pass the values as parameters",
        "SQL text built by concatenation, interpolation or string.Format from data that is not constant lets whoever controls that data change the query (SQL injection). Keep the SQL text constant and pass values as command parameters, or use an API that parameterizes interpolated strings.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ProcessCommandLine = Create(
        RuleIdentifiers.ProcessCommandLine,
        DiagnosticCategories.Security,
        "Process started with a non-constant command line",
        "The {0} of the process started by '{1}' is not a constant; validate it or pass arguments through ArgumentList",
        "A process whose file name or argument string is built from data can be made to run another program or receive injected arguments (OS command injection). Keep the file name constant, pass each argument through ProcessStartInfo.ArgumentList and validate input against an allow-list.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DynamicCodeExecution = Create(
        RuleIdentifiers.DynamicCodeExecution,
        DiagnosticCategories.Security,
        "Dynamic code execution",
        "{0} runs code that was not part of the build: {1}",
        "Code compiled, loaded or chosen at run time from data escapes review, signing and every analysis of the build; if the data can be influenced, so can the code that runs. Ship the code in the build, choose implementations from a fixed map, and load plug-ins only from signed, trusted locations.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InsecureRandomness = Create(
        RuleIdentifiers.InsecureRandomness,
        DiagnosticCategories.Security,
        "System.Random used for a secret value",
        "'{0}' is made with System.Random, whose output can be predicted; use RandomNumberGenerator",
        "System.Random is a fast generator for simulations and games: from a few outputs its state, and so every past and future value, can be recovered. Tokens, passwords, keys, salts and nonces made with it can be guessed. Use System.Security.Cryptography.RandomNumberGenerator.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor SensitiveDataInLog = Create(
        RuleIdentifiers.SensitiveDataInLog,
        DiagnosticCategories.Security,
        "Secret or personal data written to a log",
        "'{0}' is written to the log by '{1}'; it looks like {2}",
        "Logs are copied to files, log servers, support tickets and monitoring vendors, kept for months and read by many people. A password, token or key in a log is a leaked credential; personal data in a log is a privacy breach. Log an identifier, a hash or a redacted form instead.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ObfuscatedPayload = Create(
        RuleIdentifiers.ObfuscatedPayload,
        DiagnosticCategories.Security,
        "Obfuscated payload",
        "{0}; write the text where a reviewer can read it, or load the data from a reviewed resource file",
        "Long encoded literals decoded at run time and strings assembled from character codes hide what the code does from reviewers and scanners. Malicious packages and backdoors use exactly these tricks. Keep text readable and binary data in resource files.",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        string title,
        string messageFormat,
        string description,
        DiagnosticSeverity defaultSeverity,
        params string[] customTags) =>
        new(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
}
