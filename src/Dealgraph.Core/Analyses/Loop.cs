using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>A simple directed cycle of the money graph.</summary>
/// <param name="Parties">Party ids in flow order, starting at the smallest id; the last pays the first.</param>
/// <param name="Hops">The hops in order (Parties[i] → Parties[i+1], the last back to Parties[0]).</param>
/// <param name="RoundTrip">The smallest amount on the cycle as an interval; unknown when a hop is unquantified.</param>
public sealed record Loop(IReadOnlyList<string> Parties, IReadOnlyList<MoneyHop> Hops, Amount RoundTrip)
{
    /// <summary>Every deal on the loop, hop by hop.</summary>
    public IReadOnlyList<string> Deals => [.. Hops.SelectMany(h => h.Deals)];
}
