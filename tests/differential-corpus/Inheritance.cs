// Differential corpus: class hierarchies for AEOS1004 / CA1501.
using System;
using System.Collections.Generic;

namespace Corpus.Inheritance
{
    public class Animal { }
    public class Mammal : Animal { }
    public class Cat : Mammal { }
    public class Lion : Cat { }
    public sealed class WhiteLion : Lion { }

    public class Entity<TKey> { public TKey Id { get; set; } }
    public class Aggregate<TKey> : Entity<TKey> { }
    public class Order : Aggregate<int> { }
    public class SpecialOrder : Order { }

    public class DomainException : InvalidOperationException { }
    public class PaymentException : DomainException { }
    public class CardDeclinedException : PaymentException { }

    public class Registry : Dictionary<string, int> { }
    public class NamedRegistry : Registry { }

    public abstract class Shape { public abstract double Area(); }
    public class Square : Shape { public override double Area() => 1; }
    public class Tile : Square { }

    public class Container
    {
        public class Part { }
        public class Piece : Part { }
        public class Fragment : Piece { }
    }

    public record Event(DateTime At);
    public record Created(DateTime At, string Name) : Event(At);
    public record Renamed(DateTime At, string Name, string Old) : Created(At, Name);

    public static class Helpers { }
    public struct Value { public int X; }
    public interface IAnimal { }
    public interface ICat : IAnimal { }
    public enum Kind { One, Two }
    public delegate void Handler(object sender);
}
