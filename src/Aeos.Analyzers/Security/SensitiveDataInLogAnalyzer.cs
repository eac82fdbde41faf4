using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3012: a parameter, local, field or property named like a secret or like personal data passed to a
/// logging call: as an argument, inside a <c>params</c> array, an interpolated message or a concatenation.
/// A logging call is a method of Microsoft.Extensions.Logging, Serilog, NLog or log4net from a referenced
/// assembly (inside the logging library's own code its other methods are not log writes), a <c>[LoggerMessage]</c>
/// method, or a method of a type whose name ends in <c>Logger</c> or <c>Log</c>. Values of types that cannot hold a
/// secret's text are not reported: numbers, dates and enums (<see cref="NonConstantText"/>), a <c>char</c>,
/// cancellation tokens, and collections of anything but text.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SensitiveDataInLogAnalyzer : DiagnosticAnalyzer
{
    private static readonly string[] PersonalWords =
    {
        "ssn", "socialsecurity", "email", "phonenumber", "mobilenumber", "creditcard", "cardnumber", "cvv", "iban",
        "dateofbirth", "birthdate", "passportnumber", "nationalid",
    };

    private static readonly string[] LoggingNamespaces = { "Microsoft.Extensions.Logging", "Serilog", "NLog", "log4net" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SensitiveDataInLog);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    /// <summary>What a name says its value is: <c>a secret</c>, <c>personal data</c>, or null.</summary>
    internal static string? Sensitivity(string name)
    {
        if (SecretPatterns.IsCredentialName(name))
        {
            return "a secret";
        }

        var normalized = name.Replace("_", string.Empty).ToLowerInvariant();
        return Array.Exists(PersonalWords, w => normalized.Contains(w)) && !SecretPatterns.IsDescriptive(normalized) ? "personal data" : null;
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!IsLoggingCall(invocation.TargetMethod, context.Compilation.Assembly))
        {
            return;
        }

        foreach (var value in invocation.Arguments.SelectMany(a => Values(a.Value)))
        {
            if (NameOf(value) is { } name && Sensitivity(name) is { } what && NonConstantText.IsData(value) && !SecretFreeTypes.CannotHoldSecret(value.Type))
            {
                context.ReportDiagnostic(SecurityDiagnostics.Create(
                    DiagnosticDescriptors.SensitiveDataInLog,
                    invocation,
                    context.ContainingSymbol,
                    value.Syntax.GetLocation(),
                    what == "a secret" ? "Secret" : "PersonalData",
                    name,
                    invocation.TargetMethod.Name,
                    what));
            }
        }
    }

    private static bool IsLoggingCall(IMethodSymbol method, IAssemblySymbol analysed)
    {
        var type = method.ReducedFrom?.ContainingType ?? method.ContainingType;
        return (type is not null && IsLoggingType(type, analysed))
            || method.GetAttributes().Any(a => a.AttributeClass?.Name == "LoggerMessageAttribute");
    }

    /// <summary>
    /// A type named <c>…Logger</c> or <c>…Log</c>, or a type of a logging library's namespace that the analysed
    /// assembly references (when the analysed code is that library, its parsers and sinks are not log calls).
    /// </summary>
    private static bool IsLoggingType(INamedTypeSymbol type, IAssemblySymbol analysed)
    {
        if (type.Name.EndsWith("Logger", StringComparison.Ordinal) || type.Name.EndsWith("Log", StringComparison.Ordinal))
        {
            return true;
        }

        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, analysed)
            && Array.Exists(LoggingNamespaces, n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal));
    }

    /// <summary>The values an argument writes: itself, the elements of a <c>params</c> array, the holes of an interpolation, the parts of a concatenation.</summary>
    private static IEnumerable<IOperation> Values(IOperation argument)
    {
        var value = SecurityDiagnostics.WithoutConversions(argument);
        return value switch
        {
            IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues.SelectMany(Values),
            IInterpolatedStringOperation interpolated => interpolated.Parts.OfType<IInterpolationOperation>().SelectMany(p => Values(p.Expression)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => Values(binary.LeftOperand).Concat(Values(binary.RightOperand)),
            _ => new[] { value },
        };
    }

    private static string? NameOf(IOperation operation) => operation switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };
}
