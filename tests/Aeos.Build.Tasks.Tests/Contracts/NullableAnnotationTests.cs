using System;
using System.Linq;
using Aeos.Build.Tasks.Contracts;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Contracts;

/// <summary>
/// The surface writes nullable reference annotations as the compiler recorded them (NullableAttribute bytes in
/// order, NullableContextAttribute for the rest), and writes none for code compiled without nullable context.
/// </summary>
public sealed class NullableAnnotationTests : IDisposable
{
    private const string Source = """
        namespace N
        {
            public class Nullables<T> where T : class
            {
                public System.Collections.Generic.Dictionary<string, object?>? Map(System.Collections.Generic.List<string?> list, (string?, int) pair, int? n, T? t, System.Collections.Generic.KeyValuePair<string?, string> kv, string?[]? names) => null;
                public string Plain(string s) => s;
                public ref string? Refs(ref string? x) => ref x;
                public U? Default<U>(U? value = default) => value;
                public S? Optional<S>(S? value = null) where S : struct => value;
                public string? Name { get; set; }
                public string?[] Items = new string?[0];
                public event System.EventHandler<string?>? Named;
                public System.Func<string?, object>? Convert { get; init; }
                public void Raise() => Named?.Invoke(this, null);
            }
        #nullable disable
            public class Oblivious
            {
                public string Old(string s, object o) => s;
            }
        #nullable restore
        }
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void AnnotationsAreWrittenWhereTheCompilerRecordedThem()
    {
        var lines = Read(annotated: true).Signatures;

        Assert.Equal(
            new[]
            {
                "N.Nullables`1.Convert | public System.Func<string?, object>? Convert { get; init; }",
                "N.Nullables`1.Default | public U? Default<U>(U? value = default)",
                "N.Nullables`1.Items | public string?[] Items",
                "N.Nullables`1.Map | public System.Collections.Generic.Dictionary<string, object?>? Map(System.Collections.Generic.List<string?> list, (string?, int) pair, int? n, T? t, System.Collections.Generic.KeyValuePair<string?, string> kv, string?[]? names)",
                "N.Nullables`1.Name | public string? Name { get; set; }",
                "N.Nullables`1.Named | public event System.EventHandler<string?>? Named",
                "N.Nullables`1.Optional | public S? Optional<S>(S? value = null) where S : struct",
                "N.Nullables`1.Plain | public string Plain(string s)",
                "N.Nullables`1.Refs | public ref string? Refs(ref string? x)",
                "N.Oblivious.Old | public string Old(string s, object o)",
            },
            lines.Where(line => line.Contains(" | public", StringComparison.Ordinal) && !line.Contains("..ctor", StringComparison.Ordinal)
                && !line.Contains(".Raise ", StringComparison.Ordinal) && (line.StartsWith("N.Nullables`1.", StringComparison.Ordinal) || line.StartsWith("N.Oblivious.", StringComparison.Ordinal))));
    }

    [Fact]
    public void TheUnannotatedFormatIsTheSameSurfaceWithoutAnyMark()
    {
        var annotated = Read(annotated: true);
        var plain = Read(annotated: false);

        Assert.Equal(ApiSurface.Annotated, annotated.Format);
        Assert.Equal(ApiSurface.Unannotated, plain.Format);
        Assert.StartsWith("# aeos-api-surface: 1\n", plain.Serialize(), StringComparison.Ordinal);
        Assert.StartsWith("# aeos-api-surface: 2\n", annotated.Serialize(), StringComparison.Ordinal);
        Assert.Contains("N.Nullables`1.Map | public System.Collections.Generic.Dictionary<string, object> Map(System.Collections.Generic.List<string> list, (string, int) pair, int? n, T t, System.Collections.Generic.KeyValuePair<string, string> kv, string[] names)", plain.Signatures);
        Assert.Equal(annotated.Signatures.Count, plain.Signatures.Count);

        // A Nullable<S> default stays '= null' in both formats: the earlier format wrote it so, and an upgrade must not change it.
        Assert.Contains("N.Nullables`1.Optional | public S? Optional<S>(S? value = null) where S : struct", plain.Signatures);
        Assert.Contains("N.Nullables`1.Default | public U Default<U>(U value = default)", plain.Signatures);
    }

    private ApiSurface Read(bool annotated) =>
        ApiSurfaceReader.Read(TestAssembly.Compile(_directory.File(annotated ? "annotated" : "plain"), Source), null, annotated);
}
