using System.Globalization;
using System.Numerics;

namespace Dealgraph.Core.Money;

/// <summary>
/// A plain written figure (<c>1500000</c>, <c>1.5e6</c>, <c>0.25</c>) read into a <see cref="decimal"/>
/// only when the decimal holds it exactly and it is no larger than <see cref="Largest"/>:
/// <see cref="decimal.TryParse(string, out decimal)"/> rounds a 30th decimal place away silently,
/// and sums of figures near decimal's limit overflow in the analyses.
/// </summary>
public static class ExactFigure
{
    /// <summary>
    /// The largest figure accepted, 10²⁰: far above any deal in any currency, and small enough that
    /// hundreds of millions of such figures still add up within decimal's 7.9·10²⁸.
    /// </summary>
    public const decimal Largest = 1e20m;

    /// <summary>Reads a non-negative figure; on failure <paramref name="error"/> says why in words a user can act on.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, out decimal value, out string error)
    {
        value = 0;
        error = "";
        if (text.StartsWith('+'))
        {
            text = text[1..];
        }
        if (text.StartsWith('-'))
        {
            error = $"'{text}' is negative; amounts cannot be negative";
            return false;
        }
        if (text.IndexOfAnyExcept("0123456789.eE+-") >= 0 || !double.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var approximate) || double.IsInfinity(approximate))
        {
            error = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsInfinity(d)
                ? $"'{text}' is too large (at most {Largest:0.#E+0})"
                : $"'{text}' is not a number";
            return false;
        }
        if (approximate > (double)Largest * (1 + 1e-15))
        {
            error = $"'{text}' is too large (at most {Largest:0.#E+0})";
            return false;
        }
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            || !Holds(text, value))
        {
            error = $"'{text}' cannot be kept exactly (a decimal holds 28 significant digits and at most 28 decimal places)";
            return false;
        }
        if (value > Largest)
        {
            error = $"'{text}' is too large (at most {Largest:0.#E+0})";
            return false;
        }
        return true;
    }

    // Whether the decimal equals the written figure: digits × 10^(exponent − fraction digits) against
    // unscaled × 10^(−scale), compared as integers.
    private static bool Holds(ReadOnlySpan<char> text, decimal value)
    {
        var e = text.IndexOfAny('e', 'E');
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var fraction = dot < 0 ? 0 : mantissa.Length - dot - 1;
        var digits = dot < 0 ? mantissa.ToString() : string.Concat(mantissa[..dot], mantissa[(dot + 1)..]);
        var written = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var unscaled = (BigInteger)(uint)bits[0] | ((BigInteger)(uint)bits[1] << 32) | ((BigInteger)(uint)bits[2] << 64);
        var shift = exponent - fraction + ((bits[3] >> 16) & 0xFF);
        return shift >= 0 ? written * BigInteger.Pow(10, shift) == unscaled : written == unscaled * BigInteger.Pow(10, -shift);
    }
}
