using System.Globalization;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Parses a ledger amount: a plain non-negative decimal such as <c>1234.56</c> (no exponent,
/// no thousands separators, no sign but an optional leading <c>+</c>).
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
    }

    /// <summary>Parses; the fast path handles up to 14 integer and 4 fraction digits without allocating.</summary>
    public static Outcome Parse(ReadOnlySpan<char> s, out long units, out decimal value)
    {
        units = 0;
        value = 0;
        var body = s.Length > 0 && s[0] == '+' ? s[1..] : s;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? [] : body[(point + 1)..];
        if (whole.Length is > 0 and <= 14 && fraction.Length <= 4 && (point < 0 || fraction.Length > 0))
        {
            long result = 0;
            var ok = true;
            foreach (var c in whole)
            {
                ok &= char.IsAsciiDigit(c);
                result = (result * 10) + (c - '0');
            }

            var places = 0;
            foreach (var c in fraction)
            {
                ok &= char.IsAsciiDigit(c);
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

        return LedgerAmount.TryToUnits(value, out units) ? Outcome.Units : Outcome.Decimal;
    }
}
