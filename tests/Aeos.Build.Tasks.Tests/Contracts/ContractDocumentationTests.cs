using System;
using System.IO;
using System.Linq;
using Aeos.Build.Tasks.Contracts;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Contracts;

/// <summary>The example in docs/contracts.md is what the reader writes for the code behind it.</summary>
public sealed class ContractDocumentationTests : IDisposable
{
    private const string Geometry = """
        namespace Contoso.Geometry
        {
            public class Box<T> : System.IEquatable<Box<T>> where T : struct
            {
                public TResult Map<TResult>(System.Func<T, TResult> selector, int count = 3) where TResult : class => selector(default);
                public bool Equals(Box<T>? other) => false;
            }
            public enum Color : byte { Red = 1 }
            public abstract class Shape : System.IDisposable
            {
                protected Shape() { }
                public abstract double Area { get; protected set; }
                public event System.EventHandler? Changed;
                public string Name { get; init; } = "";
                public const int Sides = 4;
                public static bool TryParse(string text, out Shape? shape, params int[] rest) { shape = null; return false; }
                public static Shape operator +(Shape left, Shape right) => left;
                public void Dispose() => Changed?.Invoke(this, System.EventArgs.Empty);
            }
        }
        """;

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheDocumentedSurfaceIsWhatTheReaderWrites()
    {
        var surface = ApiSurfaceReader.Read(TestAssembly.Compile(_directory.Path, Geometry, "2.1.0.0", "Contoso.Geometry"), "2.1.0");
        var written = surface.Serialize().Split('\n');

        var documented = DocumentedExample();

        Assert.Equal(written.Take(3), documented.Take(3));
        Assert.Empty(documented.Skip(3).Except(written, StringComparer.Ordinal));
        Assert.Equal(documented.OrderBy(line => line, StringComparer.Ordinal), documented);
    }

    private static string[] DocumentedExample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Aeos.Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        var lines = File.ReadAllLines(Path.Combine(directory.FullName, "docs", "contracts.md"));
        var start = Array.IndexOf(lines, ApiSurface.FormatLine);
        return lines.Skip(start).TakeWhile(line => line != "```").ToArray();
    }
}
