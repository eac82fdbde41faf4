using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3009: an obfuscated payload. Reported: a constant of at least 100 characters (a literal, a
/// <c>const</c>, or a local initialized with one) decoded by <c>Convert.FromBase64String</c> or
/// <c>Convert.FromHexString</c>, except a data table decoded once into a static member (<see cref="DecodedData"/>)
/// that is not an executable; such a member passed to a load, run, write or send call (<see cref="PayloadSinks"/>); text assembled from at least 6 character codes: <c>new string(new[] { (char)104, … })</c>,
/// <c>string.Concat</c>/<c>Join</c> of such an array, a concatenation of <c>(char)104</c> casts, or
/// <c>Encoding.GetString(new byte[] { 104, … })</c> of printable ASCII codes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObfuscatedPayloadAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The shortest encoded literal reported.</summary>
    internal const int MinimumEncodedLength = 100;

    /// <summary>The fewest character codes reported.</summary>
    internal const int MinimumCharacterCodes = 6;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ObfuscatedPayload);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var encoding = start.Compilation.GetTypeByMetadataName("System.Text.Encoding");
            var sinks = new PayloadSinks(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeInvocation(c, encoding, sinks), OperationKind.Invocation);
            start.RegisterOperationAction(AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(AnalyzeConcatenation, OperationKind.Binary);
            start.RegisterOperationAction(c => AnalyzeSink(c, sinks), OperationKind.Invocation, OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol? encoding, PayloadSinks sinks)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var first = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        if (first is null)
        {
            return;
        }

        if (!ReportDecodedConstant(context, invocation, first, sinks) && !ReportJoinedCodes(context, invocation))
        {
            ReportDecodedBytes(context, invocation.TargetMethod, first, encoding);
        }
    }

    /// <summary>
    /// <c>Convert.FromBase64String</c>/<c>FromHexString</c> of a long constant; true when it is one. A data
    /// table (decoded once into a static member) is reported only when it decodes to an executable.
    /// </summary>
    private static bool ReportDecodedConstant(OperationAnalysisContext context, IInvocationOperation invocation, IOperation first, PayloadSinks sinks)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.ToDisplayString() != "System.Convert" || method.Name is not ("FromBase64String" or "FromHexString")
            || EncodedText(first) is not { Length: >= MinimumEncodedLength } text)
        {
            return false;
        }

        var format = method.Name == "FromBase64String" ? "Base64" : "hex";
        if (!DecodedData.IsDataTable(invocation, context.ContainingSymbol, sinks))
        {
            Report(context, "Encoded", string.Format(CultureInfo.InvariantCulture, "A {0}-character {1} literal is decoded at run time", text.Length, format));
        }
        else if (DecodedData.ExecutableSignature(text, format == "Base64") is { } executable)
        {
            Report(context, "Encoded", string.Format(CultureInfo.InvariantCulture, "A {0}-character {1} literal decodes to {2}", text.Length, format, executable));
        }

        return true;
    }

    /// <summary>A load, run, write or send call given a static member that holds a decoded data table.</summary>
    private static void AnalyzeSink(OperationAnalysisContext context, PayloadSinks sinks)
    {
        var (method, inputs) = context.Operation switch
        {
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments.Select(a => (IOperation)a)),
            IObjectCreationOperation creation => (creation.Constructor, creation.Arguments.Select(a => (IOperation)a).Concat(creation.Initializer is { } i ? new IOperation[] { i } : Enumerable.Empty<IOperation>())),
            _ => (null, Enumerable.Empty<IOperation>()),
        };
        if (method is null || !sinks.IsSink(method))
        {
            return;
        }

        var read = inputs.SelectMany(i => i.DescendantsAndSelf()).Select(MemberRead).OfType<ISymbol>()
            .Select(m => (Member: m, Data: DecodedData.DecodedInto(m, context.CancellationToken)))
            .FirstOrDefault(r => r.Data is not null);
        if (read.Data is { } data)
        {
            Report(context, "Encoded", string.Format(
                CultureInfo.InvariantCulture, "The {0}-character {1} literal decoded into '{2}.{3}' is passed to {4}", data.Text.Length, data.Format, read.Member.ContainingType.Name, read.Member.Name, PayloadSinks.NameOf(method)));
        }
    }

    private static ISymbol? MemberRead(IOperation operation) => operation switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        _ => null,
    };

    /// <summary><c>string.Concat</c>/<c>Join</c> of a <c>char</c> array of character codes; true when reported.</summary>
    private static bool ReportJoinedCodes(OperationAnalysisContext context, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Concat" or "Join"
            && invocation.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).OfType<IArrayCreationOperation>().Select(CharacterCodes).DefaultIfEmpty().Max() is var codes
            && codes >= MinimumCharacterCodes)
        {
            ReportCodes(context, codes);
            return true;
        }

        return false;
    }

    /// <summary><c>Encoding.GetString</c> of a byte array literal of printable ASCII codes.</summary>
    private static void ReportDecodedBytes(OperationAnalysisContext context, IMethodSymbol method, IOperation first, INamedTypeSymbol? encoding)
    {
        if (method.Name == "GetString" && SecurityDiagnostics.IsOrDerivesFrom(method.ContainingType, encoding)
            && PrintableByteCodes(first) >= MinimumCharacterCodes)
        {
            ReportCodes(context, PrintableByteCodes(first));
        }
    }

    private static void AnalyzeCreation(OperationAnalysisContext context)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Type?.SpecialType == SpecialType.System_String && creation.Arguments.Length > 0
            && CharacterCodes(creation.Arguments[0].Value) is var codes && codes >= MinimumCharacterCodes)
        {
            ReportCodes(context, codes);
        }
    }

    private static void AnalyzeConcatenation(OperationAnalysisContext context)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (!IsStringAdd(binary) || (binary.Parent is IBinaryOperation parent && IsStringAdd(parent)))
        {
            return;
        }

        var codes = Leaves(binary).Count(IsCharacterCode);
        if (codes >= MinimumCharacterCodes)
        {
            ReportCodes(context, codes);
        }
    }

    private static bool IsStringAdd(IBinaryOperation binary) =>
        binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String;

    private static IEnumerable<IOperation> Leaves(IOperation operation)
    {
        var value = operation is IConversionOperation { IsImplicit: true } conversion ? conversion.Operand : operation;
        if (value is IBinaryOperation binary && IsStringAdd(binary))
        {
            return Leaves(binary.LeftOperand).Concat(Leaves(binary.RightOperand));
        }

        if (value is IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance, Arguments.Length: 0 })
        {
            return new[] { instance };
        }

        return new[] { value };
    }

    /// <summary>The constant text of a literal, a <c>const</c> or a local initialized with a constant.</summary>
    private static string? EncodedText(IOperation value)
    {
        value = SecurityDiagnostics.WithoutConversions(value);
        if (value.ConstantValue is { HasValue: true, Value: string text })
        {
            return text;
        }

        if (value is not ILocalReferenceOperation local)
        {
            return null;
        }

        IOperation root = value;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root.Descendants().OfType<IVariableDeclaratorOperation>()
            .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local))
            .Select(d => d.Initializer?.Value.ConstantValue is { HasValue: true, Value: string initial } ? initial : null)
            .FirstOrDefault();
    }

    /// <summary>How many elements of a <c>char</c> array are casts of integer constants (<c>(char)104</c>).</summary>
    private static int CharacterCodes(IOperation value) =>
        SecurityDiagnostics.WithoutConversions(value) is IArrayCreationOperation { Initializer: { } initializer }
            ? initializer.ElementValues.Count(IsCharacterCode)
            : 0;

    private static bool IsCharacterCode(IOperation value) =>
        value is IConversionOperation { IsImplicit: false, Type.SpecialType: SpecialType.System_Char } conversion
        && conversion.Operand.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Byte or SpecialType.System_UInt16
        && conversion.Operand.ConstantValue.HasValue;

    /// <summary>The number of elements of a byte array literal, when all of them are printable ASCII codes; otherwise 0.</summary>
    private static int PrintableByteCodes(IOperation value)
    {
        if (SecurityDiagnostics.WithoutConversions(value) is not IArrayCreationOperation { Initializer: { } initializer })
        {
            return 0;
        }

        var elements = initializer.ElementValues;
        return elements.All(e => e.ConstantValue is { HasValue: true, Value: byte b } && b is >= 32 and <= 126) ? elements.Length : 0;
    }

    private static void ReportCodes(OperationAnalysisContext context, int codes) =>
        Report(context, "CharacterCodes", string.Format(CultureInfo.InvariantCulture, "A string is assembled from {0} character codes", codes));

    private static void Report(OperationAnalysisContext context, string kind, string what) =>
        context.ReportDiagnostic(SecurityDiagnostics.Create(
            DiagnosticDescriptors.ObfuscatedPayload, context.Operation, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), kind, what));
}
