namespace Legacy.Billing;

/// <summary>Talks to the payment provider.</summary>
public static class PaymentGateway
{
    /// <summary>Charges a card; a failure is silently ignored (the legacy behaviour).</summary>
    /// <param name="amount">The amount to charge.</param>
    public static void Charge(decimal amount)
    {
        try
        {
            Send(amount);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private static void Send(decimal amount)
    {
        if (amount < 0)
        {
            throw new InvalidOperationException("negative amount");
        }
    }
}
