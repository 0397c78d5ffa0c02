using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>Shares of a headline, as reported by <c>reality</c>.</summary>
public static class Ratio
{
    /// <summary>Ratios are rounded to this many decimal places (they are shares, not money).</summary>
    public const int Decimals = 4;

    /// <summary>
    /// The share of the headline's maximum that is certainly covered: <c>part.low / headline.high</c>,
    /// and 1 when the part is the headline itself (the same interval: all of it binds, whatever it is).
    /// Null when the headline has no finite, positive maximum or the part has no known lower bound.
    /// </summary>
    public static decimal? Of(Amount? part, Amount? headline)
    {
        if (part is not null && headline is not null && part.Low == headline.Low && part.High == headline.High && part.Currency == headline.Currency && headline.High > 0)
        {
            return 1m;
        }
        if (part?.Low is not { } low || headline?.High is not { } high || high == 0 || part.Currency != headline.Currency)
        {
            return null;
        }
        return Math.Round(low / high, Decimals, MidpointRounding.ToEven);
    }
}
