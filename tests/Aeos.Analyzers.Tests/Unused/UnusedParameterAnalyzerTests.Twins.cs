using System.Threading.Tasks;
using Xunit;

namespace Aeos.Analyzers.Tests.Unused;

/// <summary>
/// UnusedParameterAnalyzer on real code's look-alikes (Serilog's PropertyValueConverter): a function with an
/// <c>#if</c>/<c>#else</c> twin that uses the parameter, and another tool's suppression comment.
/// </summary>
public sealed partial class UnusedParameterAnalyzerTests
{
    [Fact]
    public async Task AParameterTheDisabledTwinOfTheFunctionUsesIsNotReported()
    {
        const string source = """
            public class Converter
            {
                public bool Run(object value) => TryConvert(value, value.GetType());

            #if NEVER_DEFINED
                private bool TryConvert(object value, System.Type type) => type.IsGenericType;
            #else
                private bool TryConvert(object value, System.Type type) => value is string;
            #endif

                private bool Other(object value, {|#0:System.Type kind|}) => value is int;

                public bool Call() => Other(1, typeof(int));
            }
            """;

        await VerifyAsync(source, Expected(0, "kind", "Converter.Other(object, Type)"));
    }

    [Fact]
    public async Task AFunctionWhoseUnusedParameterCheckAnotherToolSwitchedOffIsNotReported()
    {
        const string source = """
            public class Converter
            {
                public bool Run(object value) => TryConvert(value, value.GetType()) && Plain(value, 1);

                // ReSharper disable once UnusedParameter.Local
                private bool TryConvert(object value, System.Type type) => value is string;

                // An ordinary comment says nothing about the parameter.
                private bool Plain(object value, {|#0:int depth|}) => value is int;
            }
            """;

        await VerifyAsync(source, Expected(0, "depth", "Converter.Plain(object, int)"));
    }
}
