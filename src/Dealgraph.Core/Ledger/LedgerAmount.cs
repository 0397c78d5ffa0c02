using System.Numerics;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// How a ledger stores amounts: a <see cref="long"/> count of 1/10,000 units per transaction.
/// </summary>
/// <remarks>
/// Why: a <see cref="decimal"/> column costs 16 bytes a row, a long 8, and almost every real
/// amount (cents, or up to four decimal places, below 922 trillion) is exact at that scale, so
/// comparisons become integer comparisons. The rare amount that is not exact at this scale is
/// kept, unrounded, in a side table keyed by row and flagged in the column by
/// <see cref="Exotic"/>; every check that touches such a row uses exact big-integer arithmetic.
/// </remarks>
public static class LedgerAmount
{
    /// <summary>Decimal places kept in the long column.</summary>
    public const int Scale = 4;

    /// <summary>10^<see cref="Scale"/>.</summary>
    public const long UnitsPerOne = 10_000;

    /// <summary>Marks a row whose amount lives in the side table.</summary>
    public const long Exotic = long.MinValue;

    /// <summary>Converts a non-negative decimal to units when that is exact; false otherwise.</summary>
    public static bool TryToUnits(decimal amount, out long units)
    {
        units = 0;
        if (amount < 0 || amount > long.MaxValue / UnitsPerOne)
        {
            return false;
        }

        var scaled = amount * UnitsPerOne;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue)
        {
            return false;
        }

        units = (long)scaled;
        return true;
    }

    /// <summary>The decimal value of a count of units.</summary>
    public static decimal FromUnits(long units) => new decimal(units) / UnitsPerOne;

    /// <summary>An exact (unscaled integer, power of ten) form of a decimal, for exact comparisons.</summary>
    public static (BigInteger Mantissa, int Scale) Exact(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var scale = (bits[3] >> 16) & 0xFF;
        return (bits[3] < 0 ? -magnitude : magnitude, scale);
    }

    /// <summary>Brings an exact decimal to a larger scale.</summary>
    public static BigInteger AtScale((BigInteger Mantissa, int Scale) value, int scale) =>
        value.Mantissa * BigInteger.Pow(10, scale - value.Scale);

    /// <summary>Exact test of |amount − first| ≤ tolerance × first, for any decimals.</summary>
    public static bool WithinTolerance(decimal amount, decimal first, decimal tolerance)
    {
        var a = Exact(amount);
        var f = Exact(first);
        var t = Exact(tolerance);
        var scale = Math.Max(a.Scale, f.Scale);
        // |a − f| at `scale` times 10^t.Scale versus t × f at scale + t.Scale.
        var left = BigInteger.Abs(AtScale(a, scale) - AtScale(f, scale)) * BigInteger.Pow(10, t.Scale);
        var right = t.Mantissa * AtScale(f, scale);
        return left <= right;
    }
}
