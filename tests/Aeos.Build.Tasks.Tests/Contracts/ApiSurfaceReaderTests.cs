using System;
using System.Collections.Generic;
using System.Linq;
using Aeos.Build.Tasks.Contracts;
using Xunit;

namespace Aeos.Build.Tasks.Tests.Contracts;

/// <summary>The rendering of every kind of type and member, read from assemblies the compiler wrote.</summary>
public sealed class ApiSurfaceReaderTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private const string Types = """
        namespace N
        {
            public abstract class Shape : System.IDisposable, System.IComparable<Shape>
            {
                protected Shape() { }
                public void Dispose() { }
                public int CompareTo(Shape? other) => 0;
            }
            public sealed class Circle : Shape { }
            public static class Tools { }
            public readonly struct Point { }
            public ref struct Cursor { }
            public interface IRepository<in TKey, out TValue> where TKey : class { }
            public enum Color : byte { Red = 1, Blue = 2 }
            public enum Plain { None }
            public delegate bool Check<in T>(T item) where T : struct;
            public class Box<T> where T : unmanaged
            {
                public class Inner<U> where U : System.IDisposable, new() { }
            }
            public abstract class Base<T> : System.Collections.Generic.List<T> { }
        }
        """;

    [Fact]
    public void TypesShowKindModifiersBasesInterfacesAndTypeParameters()
    {
        var lines = Surface(Types);

        Assert.Equal(
            new[]
            {
                "N.Base`1 | public abstract class N.Base<T> : System.Collections.Generic.List<T>",
                "N.Base`1..ctor | protected Base()",
                "N.Box`1 | public class N.Box<T> where T : unmanaged",
                "N.Box`1..ctor | public Box()",
                "N.Box`1.Inner`1 | public class N.Box<T>.Inner<U> where U : System.IDisposable, new()",
                "N.Box`1.Inner`1..ctor | public Inner()",
                "N.Check`1 | public delegate bool N.Check<in T>(T item) where T : struct",
                "N.Circle | public sealed class N.Circle : N.Shape",
                "N.Circle..ctor | public Circle()",
                "N.Color | public enum N.Color : byte",
                "N.Color.Blue | Blue = 2",
                "N.Color.Red | Red = 1",
                "N.Cursor | public ref struct N.Cursor",
                "N.IRepository`2 | public interface N.IRepository<in TKey, out TValue> where TKey : class",
                "N.Plain | public enum N.Plain : int",
                "N.Plain.None | None = 0",
                "N.Point | public readonly struct N.Point",
                "N.Shape | public abstract class N.Shape : System.IComparable<N.Shape>, System.IDisposable",
                "N.Shape..ctor | protected Shape()",
                "N.Shape.CompareTo | public int CompareTo(N.Shape? other)",
                "N.Shape.Dispose | public void Dispose()",
                "N.Tools | public static class N.Tools",
            },
            lines);
    }

    private const string Methods = """
        namespace N
        {
            public enum Color { Red, Blue }
            public abstract class Api
            {
                public static bool TryParse(string text, out Api? value, ref int position, in double scale, params int[] rest) { value = null; return false; }
                public T Pick<T, U>(T first, U second = default, int count = 3, string? name = null, decimal price = 1.5m, Color color = Color.Blue) where T : class, System.IDisposable, new() where U : struct => first;
                public void Literals(double ratio = 0.1, float f = 0.5f, char c = '\'', bool flag = true, long big = -5L, string text = "a\"b\n", object? o = null, double nan = double.NaN) { }
                public void Structs(ref System.DateTime at, System.Threading.CancellationToken token = default, System.DateTime when = default, int? count = null, (int, string) pair = default, System.Collections.Generic.KeyValuePair<string, int> entry = default) { }
                public ref readonly int Peek(ref readonly int x, ref int y) => ref x;
                public abstract void Run();
                public virtual void Step() { }
                public (int, string) Pair() => default;
                public int? Maybe() => null;
                public int[,] Grid() => new int[1, 1];
                public System.Collections.Generic.Dictionary<string, int[]> Map() => new();
            }
        }
        """;

    [Fact]
    public void MethodsShowModifiersParametersDefaultsAndConstraints()
    {
        var lines = Surface(Methods);

        Assert.Equal(
            new[]
            {
                "N.Api | public abstract class N.Api",
                "N.Api..ctor | protected Api()",
                "N.Api.Grid | public int[,] Grid()",
                "N.Api.Literals | public void Literals(double ratio = 0.1, float f = 0.5f, char c = '\\'', bool flag = true, long big = -5, string text = \"a\\\"b\\n\", object? o = null, double nan = double.NaN)",
                "N.Api.Map | public System.Collections.Generic.Dictionary<string, int[]> Map()",
                "N.Api.Maybe | public int? Maybe()",
                "N.Api.Pair | public (int, string) Pair()",
                "N.Api.Peek | public ref readonly int Peek(ref readonly int x, ref int y)",
                "N.Api.Pick | public T Pick<T, U>(T first, U second = default, int count = 3, string? name = null, decimal price = 1.5m, N.Color color = (N.Color)1) where T : class, System.IDisposable, new() where U : struct",
                "N.Api.Run | public abstract void Run()",
                "N.Api.Step | public virtual void Step()",
                "N.Api.Structs | public void Structs(ref System.DateTime at, System.Threading.CancellationToken token = default, System.DateTime when = default, int? count = null, (int, string) pair = default, System.Collections.Generic.KeyValuePair<string, int> entry = default)",
                "N.Api.TryParse | public static bool TryParse(string text, out N.Api? value, ref int position, in double scale, params int[] rest)",
                "N.Color | public enum N.Color : int",
                "N.Color.Blue | Blue = 1",
                "N.Color.Red | Red = 0",
            },
            lines);
    }

    private const string Operators = """
        namespace N
        {
            public class Api
            {
                public virtual void Step() { }
                public static Api operator +(Api left, Api right) => left;
                public static bool operator true(Api a) => true;
                public static bool operator false(Api a) => false;
                public static explicit operator int(Api value) => 0;
                public static implicit operator Api?(int value) => null;
                ~Api() { }
            }
            public class Derived : Api
            {
                public sealed override void Step() { }
                public override string ToString() => "";
            }
            public static class Extensions
            {
                public static int Twice(this int value) => value * 2;
            }
            public interface IFactory<T>
            {
                T Create();
                static abstract IFactory<T> Default();
                void Reset() { }
            }
        }
        """;

    [Fact]
    public void OperatorsOverridesExtensionsAndInterfaceMembers()
    {
        var lines = Surface(Operators);

        Assert.Equal(
            new[]
            {
                "N.Api | public class N.Api",
                "N.Api..ctor | public Api()",
                "N.Api.Finalize | protected override void Finalize()",
                "N.Api.Step | public virtual void Step()",
                "N.Api.op_Addition | public static N.Api operator +(N.Api left, N.Api right)",
                "N.Api.op_Explicit | public static explicit operator int(N.Api value)",
                "N.Api.op_False | public static bool operator false(N.Api a)",
                "N.Api.op_Implicit | public static implicit operator N.Api?(int value)",
                "N.Api.op_True | public static bool operator true(N.Api a)",
                "N.Derived | public class N.Derived : N.Api",
                "N.Derived..ctor | public Derived()",
                "N.Derived.Step | public sealed override void Step()",
                "N.Derived.ToString | public override string ToString()",
                "N.Extensions | public static class N.Extensions",
                "N.Extensions.Twice | public static int Twice(this int value)",
                "N.IFactory`1 | public interface N.IFactory<T>",
                "N.IFactory`1.Create | public T Create()",
                "N.IFactory`1.Default | public static abstract N.IFactory<T> Default()",
                "N.IFactory`1.Reset | public void Reset()",
            },
            lines);
    }

    private const string Properties = """
        namespace N
        {
            public abstract class Model
            {
                public abstract double Area { get; protected set; }
                public string Name { get; init; } = "";
                public int Internally { get; internal set; }
                public int WriteOnly { set { } }
                protected internal virtual string Described { get; private protected set; } = "";
                public static int Count { get; set; }
                public int this[int index, string key = "k"] => index;
                public event System.EventHandler? Changed;
                public static event System.Action<int>? Ticked;
                public const int Sides = 4;
                public const string Label = "x";
                public const Kind DefaultKind = Kind.Big;
                public static readonly Model? Empty;
                public readonly int Fixed;
                protected int Shared;
                protected void Raise() { Changed?.Invoke(this, System.EventArgs.Empty); Ticked?.Invoke(1); }
            }
            public enum Kind { Small = 1, Big = 2 }
        }
        """;

    [Fact]
    public void PropertiesEventsAndFieldsShowTheirAccessorsAndValues()
    {
        var lines = Surface(Properties);

        Assert.Equal(
            new[]
            {
                "N.Model.Area | public abstract double Area { get; protected set; }",
                "N.Model.Changed | public event System.EventHandler? Changed",
                "N.Model.Count | public static int Count { get; set; }",
                "N.Model.DefaultKind | public const N.Kind DefaultKind = (N.Kind)2",
                "N.Model.Described | protected internal virtual string Described { get; }",
                "N.Model.Empty | public static readonly N.Model? Empty",
                "N.Model.Fixed | public readonly int Fixed",
                "N.Model.Internally | public int Internally { get; }",
                "N.Model.Item | public int this[int index, string key = \"k\"] { get; }",
                "N.Model.Label | public const string Label = \"x\"",
                "N.Model.Name | public string Name { get; init; }",
                "N.Model.Shared | protected int Shared",
                "N.Model.Sides | public const int Sides = 4",
                "N.Model.Ticked | public static event System.Action<int>? Ticked",
                "N.Model.WriteOnly | public int WriteOnly { set; }",
            },
            lines.Where(line => line.StartsWith("N.Model.", StringComparison.Ordinal) && !line.Contains("..ctor", StringComparison.Ordinal) && !line.Contains(".Raise", StringComparison.Ordinal)));
    }

    private const string Visibility = """
        namespace N
        {
            public class Open
            {
                public void Public() { }
                protected void Protected() { }
                protected internal void ProtectedInternal() { }
                private protected void PrivateProtected() { }
                internal void Internal() { }
                private void Private() { }
                public class PublicNested { }
                protected class ProtectedNested { }
                private protected class PrivateProtectedNested { public class Deep { } }
                internal class InternalNested { public void Visible() { } }
                private class PrivateNested { public class Deep { } }
                public async System.Threading.Tasks.Task RunAsync() { await System.Threading.Tasks.Task.Yield(); System.Func<int> f = () => 1; f(); }
                public int Auto { get; set; }
            }
            public sealed class Closed : System.IDisposable
            {
                protected int Field;
                protected class Nested { }
                void System.IDisposable.Dispose() { }
                public int Used() => Field;
            }
            internal class Hidden { public void Visible() { } }
            internal interface IHidden { }
            public class Implements : IHidden, System.ICloneable { public object Clone() => this; }
        }
        """;

    [Fact]
    public void OnlyWhatCodeOutsideTheAssemblyCanSeeIsListed()
    {
        var lines = Surface(Visibility);

        Assert.Equal(
            new[]
            {
                "N.Closed | public sealed class N.Closed : System.IDisposable",
                "N.Closed..ctor | public Closed()",
                "N.Closed.Used | public int Used()",
                "N.Implements | public class N.Implements : System.ICloneable",
                "N.Implements..ctor | public Implements()",
                "N.Implements.Clone | public object Clone()",
                "N.Open | public class N.Open",
                "N.Open..ctor | public Open()",
                "N.Open.Auto | public int Auto { get; set; }",
                "N.Open.Protected | protected void Protected()",
                "N.Open.ProtectedInternal | protected internal void ProtectedInternal()",
                "N.Open.ProtectedNested | protected class N.Open.ProtectedNested",
                "N.Open.ProtectedNested..ctor | public ProtectedNested()",
                "N.Open.Public | public void Public()",
                "N.Open.PublicNested | public class N.Open.PublicNested",
                "N.Open.PublicNested..ctor | public PublicNested()",
                "N.Open.RunAsync | public System.Threading.Tasks.Task RunAsync()",
            },
            lines);
    }

    [Fact]
    public void RecordsListTheMembersTheCompilerDeclaresForThem()
    {
        var lines = Surface("namespace N { public record Person(string Name); }");

        Assert.Contains("N.Person | public class N.Person : System.IEquatable<N.Person>", lines);
        Assert.Contains("N.Person..ctor | public Person(string Name)", lines);
        Assert.Contains("N.Person.Deconstruct | public void Deconstruct(out string Name)", lines);
        Assert.Contains("N.Person.Name | public string Name { get; init; }", lines);
        Assert.DoesNotContain(lines, line => line.Contains("<Clone>$", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSurfaceIsSortedOrdinallyAndTheSameForTheSameApiInAnyOrder()
    {
        var first = Read("namespace N { public class B { public void Z() { } public void a() { } } public class A { } }", "one");
        var second = Read("namespace N { public class A { } public class B { public void a() { } public void Z() { } } }", "two");

        Assert.Equal(first.Signatures.OrderBy(line => line, StringComparer.Ordinal), first.Signatures);
        Assert.Equal(first.Serialize(), second.Serialize());
        Assert.Equal(first.Serialize(), Read("namespace N { public class B { public void Z() { } public void a() { } } public class A { } }", "three").Serialize());
        Assert.Equal(new[] { "N.B.Z | public void Z()", "N.B.a | public void a()" }, first.Signatures.Where(line => line.StartsWith("N.B.", StringComparison.Ordinal) && !line.Contains("ctor", StringComparison.Ordinal)));
    }

    private IReadOnlyList<string> Surface(string source) => Read(source, "lib").Signatures;

    private ApiSurface Read(string source, string folder) => ApiSurfaceReader.Read(TestAssembly.Compile(_directory.File(folder), source), null);
}
