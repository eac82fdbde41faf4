// Differential corpus: every function kind of RULES.md, each with and without decision points.
using System;
using System.Collections.Generic;

namespace Corpus.Members
{
    public class Account
    {
        private static readonly int Seed;
        private int _balance;
        private readonly List<int> _history = new List<int>();
        private EventHandler _changed;

        static Account() { Seed = Environment.ProcessorCount > 1 ? 1 : 0; }

        public Account() : this(0) { }

        public Account(int balance) { _balance = balance < 0 ? 0 : balance; }

        public Account(int? balance, bool strict) : this(balance ?? 0) { if (strict && _balance == 0) { throw new ArgumentException("empty"); } }

        public Account(string text) => _balance = text?.Length ?? 0;

        ~Account() { if (_balance > 0) { Console.WriteLine("lost"); } }

        public int Balance
        {
            get { return _balance; }
            set { _balance = value < 0 ? 0 : value; }
        }

        public int Limit
        {
            get => _balance > 1000 ? 1000 : _balance;
            private set => _balance = value;
        }

        public int Checked { init { if (value < 0) { throw new ArgumentOutOfRangeException(nameof(value)); } } }

        public bool IsEmpty => _balance == 0 || _history.Count == 0;

        public int Doubled => _balance * 2;

        public int this[int index] => index >= 0 && index < _history.Count ? _history[index] : 0;

        public string this[string key]
        {
            get { switch (key) { case "a": return "A"; default: return ""; } }
            set { if (value != null) { _history.Add(value.Length); } }
        }

        public event EventHandler Changed
        {
            add { if (value != null) { _changed += value; } }
            remove { _changed -= value; }
        }

        public static Account operator +(Account a, Account b) => new Account((a?._balance ?? 0) + (b?._balance ?? 0));

        public static Account operator -(Account a) { if (a == null) { return null; } return new Account(-a._balance); }

        public static bool operator ==(Account a, Account b) => a?._balance == b?._balance;

        public static bool operator !=(Account a, Account b) => !(a == b);

        public static implicit operator int(Account a) => a?._balance ?? 0;

        public static explicit operator Account(int value) => new Account(value > 0 ? value : 0);

        public override bool Equals(object obj) => obj is Account other && other._balance == _balance;

        public override int GetHashCode() => _balance;

        public T Pick<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) > 0 ? a : b;

        public void Raise() { _changed?.Invoke(this, EventArgs.Empty); }
    }

    public static class Extensions
    {
        public static int Clamp(this int value, int min, int max) => value < min ? min : value > max ? max : value;

        public static bool IsBlank(this string s) => s == null || s.Trim().Length == 0;
    }

    public interface IShape
    {
        double Area { get; }

        double Scale(double factor) => factor > 0 ? Area * factor : 0;

        string Describe() { if (Area > 100) { return "large"; } return "small"; }
    }

    public struct Point
    {
        public int X;
        public int Y;

        public Point(int x, int y) { X = x < 0 ? 0 : x; Y = y; }

        public int Quadrant() { if (X >= 0 && Y >= 0) return 1; if (X < 0 && Y >= 0) return 2; return Y < 0 && X < 0 ? 3 : 4; }

        public readonly int Sum => X + Y;
    }

    public class Outer
    {
        public class Nested
        {
            public int Inner(int a) { foreach (var c in a.ToString()) { if (c == '0') { return 0; } } return a; }
        }

        private protected int Protected(int a) => a switch { _ => a > 0 ? 1 : 0 };
    }

    public class Generic<T> where T : class
    {
        public T OrDefault(T value, T fallback) => value ?? fallback;

        public int Count(IEnumerable<T> items) { var n = 0; foreach (var item in items) { if (item != null) { n++; } } return n; }
    }
}
