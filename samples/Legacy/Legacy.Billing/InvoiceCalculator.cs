namespace Legacy.Billing;

/// <summary>Invoice totals, grown one surcharge at a time over the years.</summary>
public static class InvoiceCalculator
{
    /// <summary>The invoice total: every line, every surcharge.</summary>
    /// <param name="lines">The invoice lines.</param>
    /// <returns>The total.</returns>
    public static decimal Total(IReadOnlyList<decimal> lines)
    {
        var total = 0m;
        total += Charge(lines, 1);
        total += Charge(lines, 2);
        total += Charge(lines, 3);
        total += Charge(lines, 4);
        total += Charge(lines, 5);
        total += Charge(lines, 6);
        total += Charge(lines, 7);
        total += Charge(lines, 8);
        total += Charge(lines, 9);
        total += Charge(lines, 10);
        total += Charge(lines, 11);
        total += Charge(lines, 12);
        total += Charge(lines, 13);
        total += Charge(lines, 14);
        total += Charge(lines, 15);
        total += Charge(lines, 16);
        total += Charge(lines, 17);
        total += Charge(lines, 18);
        total += Charge(lines, 19);
        total += Charge(lines, 20);
        total += Charge(lines, 21);
        total += Charge(lines, 22);
        total += Charge(lines, 23);
        total += Charge(lines, 24);
        total += Charge(lines, 25);
        total += Charge(lines, 26);
        total += Charge(lines, 27);
        total += Charge(lines, 28);
        total += Charge(lines, 29);
        total += Charge(lines, 30);
        total += Charge(lines, 31);
        total += Charge(lines, 32);
        total += Charge(lines, 33);
        total += Charge(lines, 34);
        total += Charge(lines, 35);
        total += Charge(lines, 36);
        total += Charge(lines, 37);
        total += Charge(lines, 38);
        total += Charge(lines, 39);
        total += Charge(lines, 40);
        total += Charge(lines, 41);
        total += Charge(lines, 42);
        total += Charge(lines, 43);
        total += Charge(lines, 44);
        total += Charge(lines, 45);
        total += Charge(lines, 46);
        total += Charge(lines, 47);
        total += Charge(lines, 48);
        total += Charge(lines, 49);
        total += Charge(lines, 50);
        total += Charge(lines, 51);
        total += Charge(lines, 52);
        total += Charge(lines, 53);
        total += Charge(lines, 54);
        total += Charge(lines, 55);
        total += Charge(lines, 56);
        total += Charge(lines, 57);
        return total;
    }

    private static decimal Charge(IReadOnlyList<decimal> lines, int position) =>
        position < lines.Count ? lines[position] : 0m;
}
