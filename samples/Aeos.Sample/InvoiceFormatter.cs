using System.Globalization;
using System.Text;

namespace Aeos.Sample;

/// <summary>Formats an invoice as plain text.</summary>
public static class InvoiceFormatter
{
    /// <summary>Short enough: well under the function-length limit.</summary>
    public static string Format(Order order, decimal shipping)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"Invoice {order.Number}: ");
        builder.Append(CultureInfo.InvariantCulture, $"{order.Quantity} item(s), shipping {shipping:0.00}");
        return builder.ToString();
    }
}
