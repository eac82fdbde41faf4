using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Reliability;

/// <summary>
/// AEOS4012: a local initialised with <c>new T(…)</c> of a type that needs disposal, whose every use leaves
/// the object where it is: it is never disposed (<c>Dispose</c>, <c>DisposeAsync</c>, <c>Close</c>, on any
/// path), never returned, stored, passed as an argument, captured by a lambda or local function, reassigned,
/// nor declared in a <c>using</c>; and not created with an <c>IContainer</c> or an initializer that sets a member
/// to an object, nor a reader or writer of <c>System.IO</c> over a stream the function was given. Method calls are not followed (factories may return shared objects), and
/// any use the rule does not understand counts as handing the object on: see <see cref="LocalUses"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UndisposedLocalAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UndisposedLocal);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (DisposableTypes.From(start.Compilation) is { } types)
            {
                start.RegisterOperationBlockAction(c => Analyze(c, types));
            }
        });
    }

    private static void Analyze(OperationBlockAnalysisContext context, DisposableTypes types)
    {
        foreach (var block in context.OperationBlocks)
        {
            var candidates = new Dictionary<ILocalSymbol, IVariableDeclaratorOperation>(SymbolEqualityComparer.Default);
            var references = new List<ILocalReferenceOperation>();
            foreach (var operation in block.Descendants())
            {
                if (operation is IVariableDeclaratorOperation declarator && IsCandidate(declarator, types))
                {
                    candidates[declarator.Symbol] = declarator;
                }
                else if (operation is ILocalReferenceOperation reference)
                {
                    references.Add(reference);
                }
            }

            if (candidates.Count > 0)
            {
                ReportUndisposed(context, candidates, references, types);
            }
        }
    }

    private static void ReportUndisposed(
        OperationBlockAnalysisContext context,
        Dictionary<ILocalSymbol, IVariableDeclaratorOperation> candidates,
        List<ILocalReferenceOperation> references,
        DisposableTypes types)
    {
        foreach (var reference in references)
        {
            if (candidates.TryGetValue(reference.Local, out var declarator) && !LocalUses.LeavesTheObject(reference, declarator))
            {
                candidates.Remove(reference.Local);
            }
        }

        foreach (var declarator in candidates.Values)
        {
            var created = Created(declarator)!.Type!;
            var location = declarator.Syntax is VariableDeclaratorSyntax syntax ? syntax.Identifier.GetLocation() : declarator.Syntax.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UndisposedLocal,
                location,
                ContainingSymbols.PropertiesFor(declarator, context.OwningSymbol),
                declarator.Symbol.Name,
                created.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat),
                types.IsSyncDisposable(created) ? "using" : "await using"));
        }
    }

    private static bool IsCandidate(IVariableDeclaratorOperation declarator, DisposableTypes types) =>
        !declarator.Symbol.IsRef
        && Created(declarator) is { } creation
        && types.NeedsDisposal(creation.Type)
        && !MayRegisterItself(creation)
        && !WrapsABorrowedStream(creation)
        && declarator.Parent?.Parent?.Parent is not (IUsingOperation or IUsingDeclarationOperation);

    /// <summary>
    /// True when the new object may be owned by what it is created with: an <c>IContainer</c> argument (a component
    /// added to its container, which disposes it), or an initializer that sets a member to an object
    /// (<c>new Button { Parent = form }</c>).
    /// </summary>
    private static bool MayRegisterItself(IObjectCreationOperation creation) =>
        creation.Arguments.Any(a => a.Value.Type is { Name: "IContainer", ContainingNamespace: { Name: "ComponentModel", ContainingNamespace.Name: "System" } })
        || (creation.Initializer is { } initializer
            && initializer.Initializers.Any(i => i is IAssignmentOperation assignment && !LocalUses.IsPlainValue(assignment.Value.Type)));

    /// <summary>
    /// True for a <c>BinaryReader</c>, <c>BinaryWriter</c>, <c>StreamReader</c> or <c>StreamWriter</c> of <c>System.IO</c>
    /// created over a parameter, field or property (<c>new BinaryReader(stream)</c>): its <c>Dispose</c> frees nothing
    /// but that stream, which the function was given, so disposing the reader would close a stream it does not own.
    /// </summary>
    private static bool WrapsABorrowedStream(IObjectCreationOperation creation) =>
        IsSystemIO(creation.Type) && creation.Type!.Name is "BinaryReader" or "BinaryWriter" or "StreamReader" or "StreamWriter"
        && creation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value is { } argument
        && IsBorrowedStream(Unconverted(argument));

    /// <summary>True when <paramref name="value"/> reads a stream from a parameter, a field or a property.</summary>
    private static bool IsBorrowedStream(IOperation value) =>
        value is IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation && IsStream(value.Type);

    /// <summary>True when <paramref name="type"/> is <c>System.IO.Stream</c> or derives from it.</summary>
    private static bool IsStream(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "Stream" && IsSystemIO(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="type"/> is declared in the <c>System.IO</c> namespace.</summary>
    private static bool IsSystemIO(ITypeSymbol? type) =>
        type?.ContainingNamespace is { Name: "IO", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>The object creation that initialises <paramref name="declarator"/>, through implicit conversions, or null.</summary>
    private static IObjectCreationOperation? Created(IVariableDeclaratorOperation declarator) =>
        declarator.Initializer?.Value is { } value ? Unconverted(value) as IObjectCreationOperation : null;

    /// <summary><paramref name="value"/> without the implicit conversions around it.</summary>
    private static IOperation Unconverted(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }
}
