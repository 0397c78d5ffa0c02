using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// Self-funding of a party P: the maximum flow from P back to P through the money graph, with
/// hop amounts as capacities. P is split in two: a source that keeps P's outgoing hops and a
/// sink that takes P's incoming hops, so every unit of flow leaves P, goes round through other
/// parties and returns to P. Its share of P's inflow bounds how much of P's revenue could be
/// P's own money coming back. Run twice: on low bounds (unknown counts as zero) and on high
/// bounds (unbounded and unknown count as infinite; a flow that uses one is unbounded).
/// </summary>
public static class SelfFunding
{
    /// <summary>Computes the self-funding of <paramref name="party"/>.</summary>
    /// <exception cref="ArgumentException">The party has no hop in the graph.</exception>
    public static SelfFundingResult Of(MoneyGraph graph, string party)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var p = graph.IndexOf(party);
        var currency = graph.Currency;
        if (p < 0)
        {
            return new SelfFundingResult(party, Amount.Zero(currency), Amount.Zero(currency), null, null, []);
        }
        var low = Flow(graph, p, h => h.Amount.Low ?? 0m, null);
        var infinite = graph.Hops.Sum(h => h.Amount.High ?? 0m) + 1m;
        var high = Flow(graph, p, h => h.Amount.High ?? infinite, infinite);
        var flow = Intervals.Of(low, high >= infinite ? null : high, currency);
        var inflow = graph.Hops.Where(h => h.To == p).Select(h => h.Amount).Aggregate(Amount.Zero(currency), (a, b) => a.Plus(b));
        var unpriced = graph.Hops.Where(h => h.To == p).SelectMany(h => h.Unpriced).Order(StringComparer.Ordinal).ToList();
        return new SelfFundingResult(party, flow, inflow, Share(low, inflow.Low), Share(flow.High, inflow.High), unpriced);
    }

    private static decimal Flow(MoneyGraph graph, int party, Func<MoneyHop, decimal> capacity, decimal? infinite)
    {
        var sink = graph.Parties.Count;
        var network = new MaxFlow(sink + 1);
        foreach (var hop in graph.Hops)
        {
            network.AddEdge(hop.From, hop.To == party ? sink : hop.To, capacity(hop));
        }
        var flow = network.Run(party, sink);
        return infinite is { } inf ? Math.Min(flow, inf) : flow;
    }

    private static decimal? Share(decimal? flow, decimal? inflow) =>
        flow is { } f && inflow is { } i && i > 0 ? Math.Round(f / i, Ratio.Decimals, MidpointRounding.ToEven) : null;
}
