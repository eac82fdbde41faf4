using System.Threading.Tasks;
using Xunit;
using VerifyAnalyzer = Aeos.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Aeos.Analyzers.Unused.UnusedPrivateMemberAnalyzer>;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>Members kept by linkers and reflection without being named: preserve attributes and trimming roots.</summary>
public sealed partial class UnusedPrivateMemberAnalyzerTests
{
    /// <summary>The attributes of JetBrains.Annotations, Xamarin/Mono (<c>Foundation</c>) and Unity, declared as those libraries do.</summary>
    private const string Annotations = """
        namespace JetBrains.Annotations
        {
            [System.Flags]
            public enum ImplicitUseTargetFlags { Default = 1, Itself = 1, Members = 2, WithInheritors = 4, WithMembers = 3 }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class UsedImplicitlyAttribute : System.Attribute
            {
                public UsedImplicitlyAttribute() { }
                public UsedImplicitlyAttribute(ImplicitUseTargetFlags targetFlags) { }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class PublicAPIAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class MeansImplicitUseAttribute : System.Attribute { }
        }

        namespace Foundation
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class PreserveAttribute : System.Attribute { public bool AllMembers; }
        }

        namespace UnityEngine.Scripting
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class PreserveAttribute : System.Attribute { }
        }

        [JetBrains.Annotations.MeansImplicitUse]
        [System.AttributeUsage(System.AttributeTargets.All)]
        public sealed class InjectedAttribute : System.Attribute { }
        """;

    private const string PreservedMembers = """
        using System.Diagnostics.CodeAnalysis;
        using System.Runtime.CompilerServices;

        public class Members
        {
            [Foundation.Preserve] private int _xamarin;
            [UnityEngine.Scripting.Preserve] private void Unity() { }
            [JetBrains.Annotations.UsedImplicitly] private void Jet() { }
            [Injected] private object? _service;
            [ModuleInitializer] internal static void Initialize() { }

            [DynamicDependency(nameof(ByNameof))]
            [DynamicDependency("ByString(System.Int32)")]
            public void Caller() { }

            private void ByNameof() { }
            private void ByString(int n) { }
        }

        [Foundation.Preserve(AllMembers = true)]
        public class Xamarin { private int _field; private void Method() { } }

        [JetBrains.Annotations.UsedImplicitly(JetBrains.Annotations.ImplicitUseTargetFlags.WithMembers)]
        public class Jet { private int _field; }

        [JetBrains.Annotations.PublicAPI]
        public class Api { private int _field; }

        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields | DynamicallyAccessedMemberTypes.NonPublicMethods)]
        public class Annotated { private int _field; }

        public class Derived : Annotated { private void Method() { } }

        public class AllOfThem { private int _field; private void Method() { } private int Property { get; set; } private class Nested { } }

        public class ByTypeName { private void Method() { } }

        public class Passed { private int _field; }

        public static class Roots
        {
            [DynamicDependency(DynamicallyAccessedMemberTypes.All, typeof(AllOfThem))]
            [DynamicDependency(DynamicallyAccessedMemberTypes.NonPublicMethods, "ByTypeName", "TestProject")]
            public static void Keep() => Read(typeof(Passed));

            public static void Read([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] System.Type type) { }
        }
        """;

    private const string NotPreserved = """
        using System.Diagnostics.CodeAnalysis;

        [Foundation.Preserve]
        public class TypeOnly { private int {|#0:_field|}; }

        [UnityEngine.Scripting.Preserve]
        public class UnityTypeOnly { private void {|#1:Method|}() { } }

        [JetBrains.Annotations.UsedImplicitly]
        public class JetItselfOnly { private int {|#2:_field|}; }

        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicMethods)]
        public class MethodsOnly { private int {|#3:_field|}; private void Method() { } }

        public class PublicOnly { private void {|#4:Method|}() { } }

        public class NotAnnotated { private int {|#5:_field|}; }

        public static class Roots
        {
            [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(PublicOnly))]
            public static void Keep() => Read(typeof(NotAnnotated));

            public static void Read(System.Type type) { }
        }
        """;

    [Fact]
    public async Task PreserveAttributesAndTrimmingRootsMarkMembersAsUsed()
    {
        var test = new VerifyAnalyzer.Test();
        test.TestState.Sources.Add(("/0/Annotations.cs", Annotations));
        test.TestState.Sources.Add(("/0/Members.cs", PreservedMembers));
        test.WithEditorConfig("/.editorconfig", "aeos.unused_members_scope = internal");

        await test.RunAsync();
    }

    [Fact]
    public async Task TypeLevelMarkersWithoutMembersAndRootsOfOtherMemberKindsLeaveMembersReported()
    {
        var test = new VerifyAnalyzer.Test();
        test.TestState.Sources.Add(("/0/Annotations.cs", Annotations));
        test.TestState.Sources.Add(("/0/Types.cs", NotPreserved));
        test.ExpectedDiagnostics.Add(Reported(0, "Field", "TypeOnly._field"));
        test.ExpectedDiagnostics.Add(Reported(1, "Method", "UnityTypeOnly.Method()"));
        test.ExpectedDiagnostics.Add(Reported(2, "Field", "JetItselfOnly._field"));
        test.ExpectedDiagnostics.Add(Reported(3, "Field", "MethodsOnly._field"));
        test.ExpectedDiagnostics.Add(Reported(4, "Method", "PublicOnly.Method()"));
        test.ExpectedDiagnostics.Add(Reported(5, "Field", "NotAnnotated._field"));

        await test.RunAsync();
    }

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Reported(int location, string kind, string name) =>
        VerifyAnalyzer.Diagnostic(DiagnosticDescriptors.UnusedPrivateMember).WithLocation(location).WithArguments(kind, name);
}
