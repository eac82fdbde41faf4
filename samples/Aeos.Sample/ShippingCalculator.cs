namespace Aeos.Sample;

/// <summary>Shipping quotes. <see cref="Quote"/> grew one region at a time and is far too long (AEOS1003).</summary>
public static class ShippingCalculator
{
    /// <summary>Quotes the shipping price of an order.</summary>
    public static decimal Quote(Order order)
    {
        decimal baseRate;
        decimal perKg;
        decimal fuelSurcharge;
        var country = order.Country.ToUpperInvariant();
        if (country == "DE")
        {
            baseRate = 4.90m;
            perKg = 0.80m;
            fuelSurcharge = 0.05m;
        }
        else if (country == "FR" || country == "NL" || country == "BE")
        {
            baseRate = 7.50m;
            perKg = 1.10m;
            fuelSurcharge = 0.06m;
        }
        else if (country == "US" || country == "CA")
        {
            baseRate = 19.00m;
            perKg = 3.20m;
            fuelSurcharge = 0.09m;
        }
        else if (country == "JP")
        {
            baseRate = 22.00m;
            perKg = 3.60m;
            fuelSurcharge = 0.11m;
        }
        else
        {
            baseRate = 25.00m;
            perKg = 4.00m;
            fuelSurcharge = 0.12m;
        }

        var weight = order.WeightKg * order.Quantity;
        var price = baseRate + (perKg * weight);
        if (weight > 20m)
        {
            price += 15.00m;
        }

        if (weight > 50m)
        {
            price += 40.00m;
        }

        if (order.Express)
        {
            price *= 1.8m;
        }

        price += price * fuelSurcharge;
        if (order.Quantity >= 10)
        {
            price *= 0.9m;
        }

        var rounded = decimal.Round(price, 2, MidpointRounding.AwayFromZero);
        return rounded;
    }
}
