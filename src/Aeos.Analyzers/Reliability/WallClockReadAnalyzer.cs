using System.Collections.Immutable;
using Aeos.Analyzers.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4010: <c>DateTime.Now</c>, <c>DateTime.UtcNow</c>, <c>DateTime.Today</c>, <c>DateTimeOffset.Now</c> or
/// <c>DateTimeOffset.UtcNow</c> read in a compilation where <c>System.TimeProvider</c> exists. Not reported in
/// <c>nameof</c>, inside a type deriving from <c>TimeProvider</c> (it is the clock), or, unless
/// <c>aeos.wall_clock_in_entry_point</c> is true, in <c>Main</c> and top-level statements, where the real
/// clock is chosen.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WallClockReadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.WallClockRead, DiagnosticDescriptors.InvalidOption);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var timeProvider = start.Compilation.GetTypeByMetadataName("System.TimeProvider");
            if (timeProvider is null)
            {
                return;
            }

            var options = new OptionReader(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterOperationAction(c => Analyze(c, timeProvider, options), OperationKind.PropertyReference);
        });
    }

    /// <summary>The clock property read, as <c>DateTime.UtcNow</c>, or null when <paramref name="property"/> is none of them.</summary>
    internal static string? ClockRead(IPropertySymbol property)
    {
        if (!property.IsStatic)
        {
            return null;
        }

        var isClock = property.ContainingType.SpecialType switch
        {
            SpecialType.System_DateTime => property.Name is "Now" or "UtcNow" or "Today",
            _ => IsDateTimeOffset(property.ContainingType) && property.Name is "Now" or "UtcNow",
        };
        return isClock ? property.ContainingType.Name + "." + property.Name : null;
    }

    private static bool IsDateTimeOffset(INamedTypeSymbol type) =>
        type.Name == "DateTimeOffset" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol timeProvider, OptionReader options)
    {
        var reference = (IPropertyReferenceOperation)context.Operation;
        var read = ClockRead(reference.Property);
        if (read is null || NondeterministicSources.IsInNameOf(reference) || IsInClock(context.ContainingSymbol, timeProvider))
        {
            return;
        }

        if (IsEntryPoint(context.ContainingSymbol)
            && options.Read(AeosOptions.WallClockInEntryPoint, reference.Syntax.SyntaxTree, context.ReportDiagnostic) == WallClockInEntryPoint.Allowed)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.WallClockRead,
            reference.Syntax.GetLocation(),
            ContainingSymbols.PropertiesFor(reference, context.ContainingSymbol),
            read));
    }

    /// <summary>True inside a type, or a type nested in one, that derives from <c>TimeProvider</c>.</summary>
    private static bool IsInClock(ISymbol symbol, INamedTypeSymbol timeProvider)
    {
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, timeProvider))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A static <c>Main</c> or the method the compiler makes of top-level statements.</summary>
    private static bool IsEntryPoint(ISymbol symbol) =>
        symbol is IMethodSymbol { IsStatic: true } method
        && (method.Name == WellKnownMemberNames.TopLevelStatementsEntryPointMethodName || method.Name == "Main");
}
