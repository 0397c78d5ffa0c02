using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>Amounts computed from bounds (flows, sums), named by their bounds.</summary>
public static class Intervals
{
    /// <summary>[low, high] in <paramref name="currency"/>: exact when equal, up-to from zero, at-least when unbounded, else a range.</summary>
    public static Amount Of(decimal low, decimal? high, Currency currency) =>
        high switch
        {
            null => Amount.AtLeast(low, currency),
            { } h when h == low => Amount.Exact(low, currency),
            { } h when low == 0 => Amount.UpTo(h, currency),
            { } h => Amount.Range(low, h, currency),
        };
}
