using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Aeos.Analyzers.Security;

/// <summary>
/// AEOS3004: weak cryptography. Reported: creating MD5, SHA-1, DES, TripleDES or RC2 (their <c>Create</c>
/// and <c>HashData</c> methods, their derived classes, <c>CryptoConfig.CreateFromName("MD5")</c>); the ECB
/// mode (<c>Mode = CipherMode.ECB</c>, <c>EncryptEcb</c>/<c>DecryptEcb</c>); RSA and DSA keys under 2048 bits
/// given as constants (<c>RSA.Create(1024)</c>, <c>new RSACryptoServiceProvider(1024)</c>, <c>KeySize = 1024</c>).
/// An MD5 or SHA-1 hash that only becomes a <c>Guid</c> is a name-based UUID and is not reported (<see cref="NameBasedUuid"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakCryptographyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <c>kind</c> of an MD5 or SHA-1 diagnostic.</summary>
    public const string HashKind = "Hash";

    private const int MinimumKeySize = 2048;
    private const int CipherModeEcb = 2;

    private static readonly (string Name, string Kind, string Why)[] WeakAlgorithms =
    {
        ("MD5", HashKind, "collisions are practical; use SHA256 or better"),
        ("SHA1", HashKind, "collisions are practical; use SHA256 or better"),
        ("DES", "Cipher", "its 56-bit key is brute-forced in hours; use Aes"),
        ("TripleDES", "Cipher", "its 64-bit block leaks data on long streams (Sweet32); use Aes"),
        ("RC2", "Cipher", "it is broken; use Aes"),
    };

    private static readonly string[] AsymmetricNames = { "RSA", "DSA" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.WeakCryptography);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var types = new CryptoTypes(start.Compilation);
            if (types.SymmetricAlgorithm is null)
            {
                return;
            }

            start.RegisterOperationAction(types.AnalyzeCreation, OperationKind.ObjectCreation);
            start.RegisterOperationAction(types.AnalyzeInvocation, OperationKind.Invocation);
            start.RegisterOperationAction(types.AnalyzeAssignment, OperationKind.SimpleAssignment);
        });
    }

    private sealed class CryptoTypes
    {
        private readonly ImmutableArray<(INamedTypeSymbol Type, string Kind, string Why)> _weak;
        private readonly ImmutableArray<INamedTypeSymbol> _asymmetric;
        private readonly INamedTypeSymbol? _cryptoConfig;
        private readonly INamedTypeSymbol? _hashAlgorithm;

        public CryptoTypes(Compilation compilation)
        {
            const string Namespace = "System.Security.Cryptography.";
            _weak = WeakAlgorithms
                .Select(w => (Type: compilation.GetTypeByMetadataName(Namespace + w.Name), w.Kind, w.Why))
                .Where(w => w.Type is not null)
                .Select(w => (w.Type!, w.Kind, w.Why))
                .ToImmutableArray();
            _asymmetric = AsymmetricNames.Select(n => compilation.GetTypeByMetadataName(Namespace + n)).OfType<INamedTypeSymbol>().ToImmutableArray();
            SymmetricAlgorithm = compilation.GetTypeByMetadataName(Namespace + "SymmetricAlgorithm");
            _cryptoConfig = compilation.GetTypeByMetadataName(Namespace + "CryptoConfig");
            _hashAlgorithm = compilation.GetTypeByMetadataName(Namespace + "HashAlgorithm");
        }

        public INamedTypeSymbol? SymmetricAlgorithm { get; }

        public void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (IsNameBasedUuid(creation.Type, creation))
            {
                return;
            }

            if (!ReportWeak(context, creation.Type, fixable: false) && IsAsymmetric(creation.Type))
            {
                ReportSmallKey(context, creation.Arguments);
            }
        }

        public void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.IsStatic && IsNameBasedUuid(method.ContainingType, invocation))
            {
                return;
            }

            if (method.IsStatic && ReportWeak(context, method.ContainingType, IsFixableHash(invocation)))
            {
                return;
            }

            if (method.IsStatic && IsAsymmetric(method.ContainingType))
            {
                ReportSmallKey(context, invocation.Arguments);
            }
            else if (IsEcbMethod(method))
            {
                ReportEcb(context);
            }
            else if (NameCreated(invocation) is { } name)
            {
                ReportWeakName(context, name);
            }
        }

        public void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            var property = SecurityDiagnostics.AssignedProperty(assignment);
            var value = assignment.Value.ConstantValue;
            if (property is null || !value.HasValue || value.Value is not int number)
            {
                return;
            }

            var receiverType = (assignment.Target as IPropertyReferenceOperation)?.Instance?.Type ?? property.ContainingType;
            ReportAssignedNumber(context, property.Name, number, receiverType);
        }

        /// <summary><c>Mode = CipherMode.ECB</c> on a symmetric algorithm, <c>KeySize</c> under 2048 on RSA or DSA.</summary>
        private void ReportAssignedNumber(OperationAnalysisContext context, string property, int number, ITypeSymbol? receiverType)
        {
            if (property == "Mode" && number == CipherModeEcb && SecurityDiagnostics.IsOrDerivesFrom(receiverType, SymmetricAlgorithm))
            {
                ReportEcb(context);
            }
            else if (property == "KeySize" && number < MinimumKeySize && IsAsymmetric(receiverType))
            {
                ReportKeySize(context, number);
            }
        }

        /// <summary><c>EncryptEcb</c>, <c>DecryptEcb</c> … of a symmetric algorithm.</summary>
        private bool IsEcbMethod(IMethodSymbol method) =>
            method.Name is "EncryptEcb" or "DecryptEcb" or "TryEncryptEcb" or "TryDecryptEcb" && SecurityDiagnostics.IsOrDerivesFrom(method.ContainingType, SymmetricAlgorithm);

        /// <summary>The constant algorithm name given to <c>CryptoConfig.CreateFromName</c> or <c>HashAlgorithm.Create(string)</c>, or null.</summary>
        private string? NameCreated(IInvocationOperation invocation) =>
            IsCreateByName(invocation.TargetMethod) && invocation.Arguments.FirstOrDefault()?.Value.ConstantValue is { HasValue: true, Value: string name } ? name : null;

        private bool ReportWeak(OperationAnalysisContext context, ITypeSymbol? type, bool fixable)
        {
            foreach (var (weak, kind, why) in _weak)
            {
                if (SecurityDiagnostics.IsOrDerivesFrom(type, weak))
                {
                    var properties = SecurityDiagnostics.PropertiesFor(context.Operation, context.ContainingSymbol, kind);
                    if (fixable)
                    {
                        properties = properties.Add(DiagnosticProperties.Replacement, "SHA256");
                    }

                    context.ReportDiagnostic(SecurityDiagnostics.Create(
                        DiagnosticDescriptors.WeakCryptography, context.Operation, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), properties, weak.Name, why));
                    return true;
                }
            }

            return false;
        }

        /// <summary>An MD5 or SHA-1 hash that only becomes a <c>Guid</c>: a version 3 or 5 UUID, whose format requires the algorithm.</summary>
        private bool IsNameBasedUuid(ITypeSymbol? type, IOperation origin) =>
            _weak.Any(w => w.Kind == HashKind && SecurityDiagnostics.IsOrDerivesFrom(type, w.Type)) && NameBasedUuid.BecomesGuid(origin);

        /// <summary><c>MD5.Create()</c>, <c>SHA1.HashData(…)</c> … whose hash never leaves the function: SHA-256 changes nothing outside it.</summary>
        private bool IsFixableHash(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var isHashType = _weak.Any(w => w.Kind == HashKind && SymbolEqualityComparer.Default.Equals(w.Type, method.ContainingType));
            var isShape = method.Name is "Create" or "HashData" && method.Parameters.Length == (method.Name == "Create" ? 0 : 1);
            return isHashType && isShape && HashUse.StaysInFunction(invocation);
        }

        private void ReportWeakName(OperationAnalysisContext context, string name)
        {
            var normalized = name.Replace("System.Security.Cryptography.", string.Empty).Replace("-", string.Empty).ToUpperInvariant();
            var algorithm = normalized switch
            {
                "MD5" => "MD5",
                "SHA" or "SHA1" => "SHA1",
                "DES" => "DES",
                "3DES" or "TRIPLEDES" => "TripleDES",
                "RC2" => "RC2",
                _ => null,
            };
            foreach (var (weak, kind, why) in _weak)
            {
                if (weak.Name == algorithm)
                {
                    Report(context, kind, weak.Name, why);
                    return;
                }
            }
        }

        private bool IsCreateByName(IMethodSymbol method) =>
            (method.Name == "CreateFromName" && SymbolEqualityComparer.Default.Equals(method.ContainingType, _cryptoConfig))
            || (method.Name == "Create" && method.Parameters.Length == 1 && SecurityDiagnostics.IsOrDerivesFrom(method.ContainingType, _hashAlgorithm));

        private bool IsAsymmetric(ITypeSymbol? type) => _asymmetric.Any(a => SecurityDiagnostics.IsOrDerivesFrom(type, a));

        private static void ReportSmallKey(OperationAnalysisContext context, ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter?.Name.IndexOf("KeySize", StringComparison.OrdinalIgnoreCase) >= 0
                    && argument.Value.ConstantValue is { HasValue: true, Value: int size } && size < MinimumKeySize)
                {
                    ReportKeySize(context, size);
                }
            }
        }

        private static void ReportEcb(OperationAnalysisContext context) =>
            Report(context, "Ecb", "The ECB mode", "equal blocks encrypt to equal blocks and show the data's structure; use an authenticated mode (AesGcm) or CBC with a MAC");

        private static void ReportKeySize(OperationAnalysisContext context, int size) =>
            Report(context, "KeySize", "A " + size.ToString(CultureInfo.InvariantCulture) + "-bit RSA or DSA key", "keys under 2048 bits can be factored; use 2048 bits or more");

        private static void Report(OperationAnalysisContext context, string kind, string what, string why) =>
            context.ReportDiagnostic(SecurityDiagnostics.Create(
                DiagnosticDescriptors.WeakCryptography, context.Operation, context.ContainingSymbol, context.Operation.Syntax.GetLocation(), kind, what, why));
    }
}
