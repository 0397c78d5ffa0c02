using System.Globalization;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Parses a ledger amount: a plain non-negative decimal such as <c>1234.56</c> (no exponent,
/// no thousands separators, no sign but an optional leading <c>+</c>). Never rounds: an amount
/// with more digits than a <see cref="decimal"/> holds exactly is refused.
/// </summary>
public static class LedgerAmountParser
{
    /// <summary>Outcome of parsing one amount.</summary>
    public enum Outcome
    {
        /// <summary>Exact in units of <see cref="LedgerAmount"/>.</summary>
        Units,

        /// <summary>A valid decimal not exact in units; see the decimal result.</summary>
        Decimal,

        /// <summary>A negative amount.</summary>
        Negative,

        /// <summary>Not a number.</summary>
        Invalid,

        /// <summary>A number with more significant digits than a decimal holds exactly (about 28).</summary>
        TooPrecise,
    }

    /// <summary>Parses text; see <see cref="Parse(ReadOnlySpan{byte}, out long, out decimal)"/>.</summary>
    public static Outcome Parse(ReadOnlySpan<char> s, out long units, out decimal value)
    {
        units = 0;
        value = 0;
        if (s.Length > 256)
        {
            return Outcome.Invalid;
        }

        Span<byte> bytes = stackalloc byte[s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] > 127)
            {
                return Outcome.Invalid;
            }

            bytes[i] = (byte)s[i];
        }

        return Parse(bytes, out units, out value);
    }

    /// <summary>
    /// Parses UTF-8 text; the fast path handles up to 14 integer and 4 fraction digits without
    /// allocating, anything else goes through <see cref="decimal"/> and is checked for exactness.
    /// </summary>
    public static Outcome Parse(ReadOnlySpan<byte> s, out long units, out decimal value)
    {
        units = 0;
        value = 0;
        var body = s.Length > 0 && s[0] == '+' ? s[1..] : s;
        var point = body.IndexOf((byte)'.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? [] : body[(point + 1)..];
        if (whole.Length is > 0 and <= 14 && fraction.Length <= 4 && (point < 0 || fraction.Length > 0))
        {
            long result = 0;
            var ok = true;
            foreach (var c in whole)
            {
                ok &= (uint)(c - '0') <= 9;
                result = (result * 10) + (c - '0');
            }

            var places = 0;
            foreach (var c in fraction)
            {
                ok &= (uint)(c - '0') <= 9;
                result = (result * 10) + (c - '0');
                places++;
            }

            if (ok)
            {
                for (; places < LedgerAmount.Scale; places++)
                {
                    result *= 10;
                }

                units = result;
                return Outcome.Units;
            }
        }

        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return Outcome.Invalid;
        }

        if (value < 0)
        {
            return Outcome.Negative;
        }

        if (!IsExact(body, value))
        {
            value = 0;
            return Outcome.TooPrecise;
        }

        return LedgerAmount.TryToUnits(value, out units) ? Outcome.Units : Outcome.Decimal;
    }

    // decimal.TryParse rounds past 28-29 significant digits: compare the digits written with the
    // digits of the result, both without leading zeros and without trailing fraction zeros.
    private static bool IsExact(ReadOnlySpan<byte> text, decimal value)
    {
        Span<char> parsed = stackalloc char[64];
        if (!value.TryFormat(parsed, out var written, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        Span<char> given = stackalloc char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            given[i] = (char)text[i];
        }

        return Normal(given).SequenceEqual(Normal(parsed[..written]));
    }

    private static ReadOnlySpan<char> Normal(ReadOnlySpan<char> number)
    {
        if (number.Contains('.'))
        {
            number = number.TrimEnd('0').TrimEnd('.');
        }

        number = number.TrimStart('0');
        return number.IsEmpty ? "0" : number;
    }
}
