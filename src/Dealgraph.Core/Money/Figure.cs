namespace Dealgraph.Core.Money;

/// <summary>How figures are written in every answer: the value exactly, without trailing zeros.</summary>
public static class Figure
{
    /// <summary>
    /// The same value with no trailing zeros (2.50 → 2.5, 100.00 → 100): a decimal keeps the scale it was
    /// parsed or computed with, which otherwise shows through as 2.0 beside 2 in one column.
    /// </summary>
    public static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000000000m;
}
