using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>How much of a party's inflow could be its own money coming back (see <see cref="SelfFunding"/>).</summary>
/// <param name="Party">Party id.</param>
/// <param name="Flow">Maximum flow from the party back to itself: low computed on low bounds, high on high bounds (null high: unbounded).</param>
/// <param name="Inflow">Interval sum of every hop into the party.</param>
/// <param name="ShareOnLowBounds">Flow / inflow with every amount at its low bound; null when that inflow is zero.</param>
/// <param name="ShareOnHighBounds">Flow / inflow with every amount at its high bound; null when unbounded or zero.</param>
/// <param name="UnpricedInflow">Deals into the party with no amount on the basis: why the inflow (and maybe the flow) is open above.</param>
public sealed record SelfFundingResult(string Party, Amount Flow, Amount Inflow, decimal? ShareOnLowBounds, decimal? ShareOnHighBounds,
    IReadOnlyList<string> UnpricedInflow);
