using Aeos.Sample;

var orders = new[]
{
    new Order("A-100", "DE", 3, 2.5m, Express: false),
    new Order("A-101", "US", 1, 14.0m, Express: true),
    new Order("A-102", "JP", 12, 0.4m, Express: false),
};

foreach (var order in orders)
{
    Console.WriteLine(InvoiceFormatter.Format(order, ShippingCalculator.Quote(order)));
}
