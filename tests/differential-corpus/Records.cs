// Differential corpus: records and primary constructors.
using System;

namespace Corpus.Records
{
    public record Money(decimal Amount, string Currency)
    {
        public bool IsZero => Amount == 0;

        public Money Add(Money other) => other.Currency == Currency ? this with { Amount = Amount + other.Amount } : throw new InvalidOperationException();
    }

    public record Price(decimal Amount) : Money(Amount > 0 ? Amount : 0, "EUR");

    public record Discount(decimal Amount, decimal Rate) : Price(Amount * (Rate > 1 ? 1 : Rate))
    {
        public decimal Saved => Amount * Rate;
    }

    public record struct Range(int Start, int End)
    {
        public int Length => End > Start ? End - Start : 0;
    }

    public readonly record struct Id(Guid Value);

    public record class Plain
    {
        public string Name { get; init; }

        public string Display() => Name ?? "(none)";
    }

    public class Service(string name, int retries) : Base(name ?? "default")
    {
        private readonly int _retries = retries > 0 ? retries : 1;

        public int Retries => _retries;

        public string Describe() => name + (retries > 1 ? "s" : "");
    }

    public class Base(string label)
    {
        public string Label { get; } = label;
    }

    public struct Vector(double x, double y)
    {
        public double Length() => x == 0 && y == 0 ? 0 : Math.Sqrt(x * x + y * y);
    }
}
