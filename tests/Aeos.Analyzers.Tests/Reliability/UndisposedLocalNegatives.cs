namespace Aeos.Analyzers.Tests.Reliability;

/// <summary>The look-alikes AEOS4012 must not report: each local here is disposed, handed on, or needs no disposal.</summary>
internal static class UndisposedLocalNegatives
{
    public const string HandedOn = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;

        public sealed class Sink : IDisposable, IAsyncDisposable
        {
            public Sink Named(string name) => this;
            public void Dispose() { }
            public ValueTask DisposeAsync() => default;
        }

        public class HandsOn
        {
            private Sink? _field;
            public Sink? Property { get; set; }

            public void UsingStatement() { using (var sink = new Sink()) { sink.Named("a"); } }
            public void UsingDeclaration() { using var sink = new Sink(); sink.Named("a"); }
            public async Task AwaitUsing() { await using var sink = new Sink(); sink.Named("a"); }

            public void Finally()
            {
                var sink = new Sink();
                try { sink.Named("a"); } finally { sink.Dispose(); }
            }

            public void Conditional() { var sink = new Sink(); sink?.Dispose(); }
            public async Task Async() { var sink = new Sink(); await sink.DisposeAsync(); }
            public void Closed(string path) { var writer = new StreamWriter(path); writer.Write(1); writer.Close(); }
            public Sink Returned() { var sink = new Sink(); return sink; }
            public (Sink, int) Tuple() { var sink = new Sink(); return (sink, 1); }
            public Sink? Ternary(bool b) { var sink = new Sink(); return b ? sink : null; }
            public Func<Sink> Lambda() { var sink = new Sink(); return () => sink; }
            public void Field() { var sink = new Sink(); _field = sink; }
            public void Prop() { var sink = new Sink(); Property = sink; }
            public void Element(Sink[] all) { var sink = new Sink(); all[0] = sink; }
            public void Out(out Sink result) { var sink = new Sink(); result = sink; }
            public void Argument(List<Sink> all) { var sink = new Sink(); all.Add(sink); }
            public StreamReader Wrapped(string path) { var stream = new FileStream(path, FileMode.Open); return new StreamReader(stream); }
            public Sink Fluent() { var sink = new Sink(); return sink.Named("a"); }
            public object Converted() { var sink = new Sink(); return (object)sink; }
            public IDisposable Interface() { IDisposable sink = new Sink(); return sink; }
            public void Reassigned() { var sink = new Sink(); sink = new Sink(); sink.Dispose(); }
            public void Rebound() { var sink = new Sink(); sink.Named("a"); sink = null!; }
            public Stream Inner(string path) { var reader = new StreamReader(path); return reader.BaseStream; }
            public void InnerDisposed(string path) { var reader = new StreamReader(path); reader.BaseStream.Dispose(); }
            public int? Kept(string path) { var reader = new StreamReader(path); var inner = reader.BaseStream; return inner?.ReadByte(); }
        }
        """;

    public const string CapturedOrOwned = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Threading.Tasks;

        public sealed class Items : IDisposable, IEnumerable<int>
        {
            public event EventHandler? Changed;
            public void Dispose() { }
            public void Show() { Changed?.Invoke(this, EventArgs.Empty); }
            public IEnumerator<int> GetEnumerator() { yield return 1; }
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public sealed class Part : System.ComponentModel.Component
        {
            public Part() { }
            public Part(System.ComponentModel.IContainer container) => container.Add(this);
            public Items? Owner { get; set; }
        }

        public class Captures
        {
            public void Lambda() { var items = new Items(); Action a = () => items.Show(); a(); }
            public void Local() { var items = new Items(); Run(); void Run() => items.Show(); }
            public IEnumerable<Items> Yielded() { var items = new Items(); yield return items; }
            public void UsedLater() { var items = new Items(); items.Show(); using (items) { } }
            public int Iterated() { var items = new Items(); var sum = 0; foreach (var i in items) { sum += i; } return sum; }
            public void Window() { var form = new Items(); form.Show(); }
            public string Text() { var items = new Items(); return $"{items}"; }
            public Task<string> Pending(string path) { var reader = new StreamReader(path); return reader.ReadToEndAsync(); }
            public IEnumerator<int> Enumerator() { var items = new Items(); return items.GetEnumerator(); }
            public void Locked() { var items = new Items(); lock (items) { } }
            public void Watched() { var items = new Items(); items.Changed += (s, e) => Console.WriteLine(e); }
            public void Contained(System.ComponentModel.IContainer components) { var part = new Part(components); part.Site = null; }
            public void Parented(Items owner) { var part = new Part { Owner = owner }; part.Site = null; }
        }
        """;

    public const string NotCreatedOrNotNeeded = """
        using System;
        using System.Data;
        using System.IO;
        using System.Threading.Tasks;

        public struct Holes : System.Collections.Generic.IEnumerator<int>
        {
            public int Current => 0;
            object System.Collections.IEnumerator.Current => 0;
            public bool MoveNext() => false;
            public void Reset() { }
            public void Dispose() { }
        }

        public class Factories
        {
            public bool Enumerated() { var holes = new Holes(); return holes.MoveNext(); }
            public long Opened(string path) { var stream = File.OpenRead(path); return stream.Length; }
            public int Memory() { var stream = new MemoryStream(); stream.WriteByte(1); return (int)stream.Length; }
            public string Text() { var writer = new StringWriter(); writer.Write(1); return writer.ToString(); }
            public int Reader() { var reader = new StringReader("a"); return reader.Read(); }
            public void Started() { var task = new Task(() => { }); task.Start(); }
            public int Table() { var table = new DataTable(); return table.Rows.Count; }
            public void Timer() { var timer = new System.Threading.Timer(_ => { }, null, 0, 1000); timer.Change(0, 10); }
            public void Elapsed() { var timer = new System.Timers.Timer(1000); timer.Start(); }
            public int Plain() { var text = new string('a', 3); return text.Length; }
            public int Generic<T>() where T : IDisposable, new() { var value = new T(); return value.GetHashCode(); }
        }
        """;
}
