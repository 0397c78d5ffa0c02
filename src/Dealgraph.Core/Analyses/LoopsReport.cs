using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>The <c>loops</c> answer.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Basis">Which amount was read: headline, binding or paid.</param>
/// <param name="Loops">Every simple cycle, largest round trip first.</param>
/// <param name="SelfFunding">The self-funding of the party asked about, if any.</param>
public sealed record LoopsReport(DateOnly AsOf, string Basis, IReadOnlyList<LoopView> Loops, SelfFundingView? SelfFunding);

/// <summary>One loop in the JSON contract.</summary>
/// <param name="Parties">Parties in flow order; the last pays the first.</param>
/// <param name="Deals">Every deal on the loop, hop by hop.</param>
/// <param name="RoundTrip">The smallest hop amount, as an interval.</param>
/// <param name="Hops">Each hop with its deals and amount.</param>
public sealed record LoopView(IReadOnlyList<string> Parties, IReadOnlyList<string> Deals, AmountView RoundTrip, IReadOnlyList<HopView> Hops);

/// <summary>One hop of a loop.</summary>
/// <param name="From">Payer.</param>
/// <param name="To">Payee.</param>
/// <param name="Deals">Deals from payer to payee.</param>
/// <param name="Amount">Their interval sum on the basis.</param>
public sealed record HopView(string From, string To, IReadOnlyList<string> Deals, AmountView Amount);

/// <summary>Self-funding in the JSON contract.</summary>
/// <param name="Party">Party id.</param>
/// <param name="Flow">Maximum flow from the party back to itself (low on low bounds, high on high bounds).</param>
/// <param name="Inflow">Everything flowing into the party.</param>
/// <param name="Share">Flow / inflow with all amounts at their low bounds, and at their high bounds.</param>
/// <param name="UnpricedInflow">Deals into the party with no amount on the basis (they leave the inflow open above).</param>
public sealed record SelfFundingView(string Party, AmountView Flow, AmountView Inflow, ShareView Share, IReadOnlyList<string> UnpricedInflow);

/// <summary>A share computed twice: every amount at its low bound, every amount at its high bound.</summary>
/// <param name="OnLowBounds">Null when the inflow is zero.</param>
/// <param name="OnHighBounds">Null when unbounded.</param>
public sealed record ShareView(decimal? OnLowBounds, decimal? OnHighBounds);
