using Legacy.Billing;
using Xunit;

namespace Legacy.Billing.Tests;

public sealed class PaymentGatewayTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(-10)]
    public void ChargeNeverThrows(decimal amount)
    {
        var exception = Record.Exception(() => PaymentGateway.Charge(amount));

        Assert.Null(exception);
    }
}
