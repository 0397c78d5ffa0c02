using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>Shares of a headline, as reported by <c>reality</c>.</summary>
public static class Ratio
{
    /// <summary>Ratios are rounded to this many decimal places (they are shares, not money).</summary>
    public const int Decimals = 4;

    /// <summary>
    /// The share of the headline's maximum that is certainly covered: <c>part.low / headline.high</c>.
    /// Null when the headline has no finite, positive maximum or the part has no known lower bound.
    /// </summary>
    public static decimal? Of(Amount? part, Amount? headline)
    {
        if (part?.Low is not { } low || headline?.High is not { } high || high == 0 || part.Currency != headline.Currency)
        {
            return null;
        }
        return Math.Round(low / high, Decimals, MidpointRounding.ToEven);
    }
}
