namespace Aeos.Sample;

/// <summary>An order line as the shop receives it.</summary>
public sealed record Order(string Number, string Country, int Quantity, decimal WeightKg, bool Express);
