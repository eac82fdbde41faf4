using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3011: a value from <c>System.Random</c> that becomes a token, password, key, salt or nonce. A call of
/// a <c>Random</c> method (<c>Next</c>, <c>NextBytes</c>, <c>GetItems</c> …, on an instance or <c>Random.Shared</c>)
/// is reported when it is in a function named like one (<c>GenerateToken</c>, <c>CreateSalt</c>), or when its
/// value flows, through expressions, into a variable, field, property or builder named like one, or
/// <c>NextBytes</c> fills a buffer named like one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomnessAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] SecretWords = { "salt", "nonce", "otp" };

    /// <summary>Keys that only find things: a random cache or partition key is not a secret.</summary>
    private static readonly string[] LookupKeys = { "cachekey", "sortkey", "partitionkey", "lookupkey", "dictionarykey", "hotkey" };

    /// <summary>First words of functions that work on a secret they are given, not make one.</summary>
    private static readonly string[] ConsumingVerbs =
    {
        "delete", "remove", "revoke", "parse", "read", "validate", "verify", "check", "is", "has", "can", "swap", "skip",
        "find", "print", "write", "log", "format", "describe", "compare", "count", "split", "scan", "lex", "visit",
        "truncate", "duplicate", "insert", "consume", "handle", "on", "mask", "redact", "hide", "clear", "store", "save",
    };

    /// <summary>Types other than the primitive ones a secret is commonly built in.</summary>
    private static readonly string[] SecretHolders = { "StringBuilder", "Guid", "Span", "ReadOnlySpan", "Memory", "ReadOnlyMemory", "List", "BigInteger" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InsecureRandomness);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var random = start.Compilation.GetTypeByMetadataName("System.Random");
            if (random is not null)
            {
                start.RegisterOperationAction(c => Analyze(c, random), OperationKind.Invocation);
            }
        });
    }

    /// <summary>True for names of values that must not be guessable: tokens, passwords, keys, salts, nonces, one-time codes.</summary>
    internal static bool IsSecretName(string name)
    {
        var normalized = name.Replace("_", string.Empty).ToLowerInvariant();
        return SecretPatterns.IsCredentialName(name)
            || Array.Exists(SecretWords, w => normalized.StartsWith(w, StringComparison.Ordinal) || normalized.EndsWith(w, StringComparison.Ordinal) || normalized.Contains("generate" + w) || normalized.Contains("create" + w))
            || (normalized.EndsWith("key", StringComparison.Ordinal) && !Array.Exists(LookupKeys, k => normalized.EndsWith(k, StringComparison.Ordinal)));
    }

    /// <summary>
    /// True for a function that makes a secret (<c>GenerateToken</c>, <c>CreateSalt</c>, <c>Token</c>); not for one
    /// whose first word says it works on an existing one (<c>DeleteToken</c>, <c>ParseTokens</c>, <c>ValidatePassword</c>).
    /// </summary>
    internal static bool IsSecretFunctionName(string name) =>
        IsSecretName(name) && !Array.Exists(ConsumingVerbs, verb => FirstWord(name).Equals(verb, StringComparison.OrdinalIgnoreCase));

    private static string FirstWord(string name)
    {
        var end = 1;
        while (end < name.Length && !char.IsUpper(name[end]) && name[end] != '_')
        {
            end++;
        }

        return name.Substring(0, Math.Min(end, name.Length));
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol random)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Instance is null || !SecurityDiagnostics.IsOrDerivesFrom(invocation.Instance.Type, random))
        {
            return;
        }

        var function = FunctionName(invocation, context.ContainingSymbol);
        var name = function is not null && IsSecretFunctionName(function) ? function : Destination(invocation);
        if (name is not null)
        {
            context.ReportDiagnostic(SecurityDiagnostics.Create(
                DiagnosticDescriptors.InsecureRandomness, invocation, context.ContainingSymbol, invocation.Syntax.GetLocation(), "Random", name));
        }
    }

    /// <summary>The secret-named symbol the random value flows into, within its statement, or null.</summary>
    private static string? Destination(IInvocationOperation invocation)
    {
        if (FilledBuffer(invocation) is { } buffer && IsSecretName(buffer))
        {
            return buffer;
        }

        for (var current = invocation.Parent; current is not null; current = current.Parent)
        {
            if (SecretDestination(current) is { } name)
            {
                return name;
            }

            if (current is IExpressionStatementOperation or IBlockOperation or IAnonymousFunctionOperation or IVariableDeclaratorOperation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The name of the secret an enclosing operation stores the value into, or null.</summary>
    private static string? SecretDestination(IOperation operation)
    {
        var name = AssignedName(operation);
        return name is not null && IsSecretName(name) && CanHoldSecret(AssignedType(operation)) ? name : null;
    }

    /// <summary>The buffer of <c>random.NextBytes(buffer)</c>, or null.</summary>
    private static string? FilledBuffer(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name == "NextBytes" && invocation.Arguments.Length == 1 ? NameOf(invocation.Arguments[0].Value) : null;

    /// <summary>The name of what an enclosing operation stores the value into, or null.</summary>
    private static string? AssignedName(IOperation operation) => operation switch
    {
        IVariableDeclaratorOperation declarator => declarator.Symbol.Name,
        IFieldInitializerOperation field => field.InitializedFields[0].Name,
        IPropertyInitializerOperation property => property.InitializedProperties[0].Name,
        IAssignmentOperation assignment => NameOf(assignment.Target),
        IInvocationOperation { Instance: { } receiver } => NameOf(receiver),
        _ => null,
    };

    /// <summary>The type of what an enclosing operation stores the value into, or null.</summary>
    private static ITypeSymbol? AssignedType(IOperation operation) => operation switch
    {
        IVariableDeclaratorOperation declarator => declarator.Symbol.Type,
        IFieldInitializerOperation field => field.InitializedFields[0].Type,
        IPropertyInitializerOperation property => property.InitializedProperties[0].Type,
        IAssignmentOperation assignment => assignment.Target.Type,
        IInvocationOperation { Instance: { } receiver } => receiver.Type,
        _ => null,
    };

    /// <summary>
    /// False for a type of the program's own domain (a <c>SyntaxToken</c>, a <c>CancellationToken</c>, an entity):
    /// a random index that picks one of those out of a list makes no secret. Text, numbers, bytes, their arrays,
    /// spans and builders, and types the compiler could not resolve, can hold one.
    /// </summary>
    private static bool CanHoldSecret(ITypeSymbol? type) => type switch
    {
        null or IArrayTypeSymbol or ITypeParameterSymbol or IErrorTypeSymbol => true,
        { SpecialType: not SpecialType.None } => true,
        INamedTypeSymbol named => Array.Exists(SecretHolders, holder => named.Name == holder),
        _ => true,
    };

    private static string? NameOf(IOperation operation) => SecurityDiagnostics.WithoutConversions(operation) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    private static string? FunctionName(IOperation operation, ISymbol containingSymbol)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is ILocalFunctionOperation local)
            {
                return local.Symbol.Name;
            }
        }

        return containingSymbol switch
        {
            IMethodSymbol { AssociatedSymbol: { } property } => property.Name,
            IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method.Name,
            _ => null,
        };
    }
}
