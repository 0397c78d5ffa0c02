using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;
using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>Loops and self-funding of the deals as of a date (DESIGN.md §4), as the <c>loops</c> command reports them.</summary>
public static class LoopAnalysis
{
    /// <summary>Builds the money graph on the basis and lists its loops; with a party, adds its self-funding.</summary>
    /// <exception cref="CurrencyMismatchException">An amount has no rate into <paramref name="currency"/>.</exception>
    public static LoopsReport Run(IReadOnlyList<DealState> states, DateOnly asOf, AmountBasis basis, Currency currency,
        CurrencyConverter converter, string? party = null, bool includeCancelled = false, int limit = int.MaxValue)
    {
        var graph = MoneyGraph.Build(states, basis, currency, converter, includeCancelled);
        var loops = LoopFinder.Find(graph, limit);
        if (party is not null)
        {
            loops = [.. loops.Where(l => l.Parties.Contains(party, StringComparer.Ordinal))];
        }
        SelfFundingView? self = null;
        if (party is not null)
        {
            var s = SelfFunding.Of(graph, party);
            self = new SelfFundingView(s.Party, AmountView.Of(s.Flow)!, AmountView.Of(s.Inflow)!, new ShareView(s.ShareOnLowBounds, s.ShareOnHighBounds),
                s.UnpricedInflow);
        }
        return new LoopsReport(asOf, Vocabulary<AmountBasis>.Name(basis), [.. loops.Select(l => View(l, graph))], self);
    }

    private static LoopView View(Loop loop, MoneyGraph graph) =>
        new(loop.Parties, loop.Deals, AmountView.Of(loop.RoundTrip)!,
            [.. loop.Hops.Select(h => new HopView(graph.Parties[h.From], graph.Parties[h.To], h.Deals, AmountView.Of(h.Amount)!))]);
}
