namespace Legacy.Inventory;

/// <summary>The nightly stock report.</summary>
public static class StockReport
{
    /// <summary>One line per stock position.</summary>
    /// <param name="stock">Units in stock per position.</param>
    /// <returns>The report lines.</returns>
    public static IReadOnlyList<string> Render(IReadOnlyList<int> stock)
    {
        var report = new List<string>();
        report.Add(Row(stock, 1));
        report.Add(Row(stock, 2));
        report.Add(Row(stock, 3));
        report.Add(Row(stock, 4));
        report.Add(Row(stock, 5));
        report.Add(Row(stock, 6));
        report.Add(Row(stock, 7));
        report.Add(Row(stock, 8));
        report.Add(Row(stock, 9));
        report.Add(Row(stock, 10));
        report.Add(Row(stock, 11));
        report.Add(Row(stock, 12));
        report.Add(Row(stock, 13));
        report.Add(Row(stock, 14));
        report.Add(Row(stock, 15));
        report.Add(Row(stock, 16));
        report.Add(Row(stock, 17));
        report.Add(Row(stock, 18));
        report.Add(Row(stock, 19));
        report.Add(Row(stock, 20));
        report.Add(Row(stock, 21));
        report.Add(Row(stock, 22));
        report.Add(Row(stock, 23));
        report.Add(Row(stock, 24));
        report.Add(Row(stock, 25));
        report.Add(Row(stock, 26));
        report.Add(Row(stock, 27));
        report.Add(Row(stock, 28));
        report.Add(Row(stock, 29));
        report.Add(Row(stock, 30));
        report.Add(Row(stock, 31));
        report.Add(Row(stock, 32));
        report.Add(Row(stock, 33));
        report.Add(Row(stock, 34));
        report.Add(Row(stock, 35));
        report.Add(Row(stock, 36));
        report.Add(Row(stock, 37));
        report.Add(Row(stock, 38));
        report.Add(Row(stock, 39));
        report.Add(Row(stock, 40));
        report.Add(Row(stock, 41));
        report.Add(Row(stock, 42));
        report.Add(Row(stock, 43));
        report.Add(Row(stock, 44));
        report.Add(Row(stock, 45));
        report.Add(Row(stock, 46));
        report.Add(Row(stock, 47));
        report.Add(Row(stock, 48));
        report.Add(Row(stock, 49));
        report.Add(Row(stock, 50));
        report.Add(Row(stock, 51));
        report.Add(Row(stock, 52));
        report.Add(Row(stock, 53));
        return report;
    }

    private static string Row(IReadOnlyList<int> stock, int position) =>
        position < stock.Count ? position + ": " + stock[position] : position + ": -";
}
