using Dealgraph.Core.Analyses;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Analyses;

public sealed class SelfFundingTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Money_that_comes_back_directly_and_through_a_third_party_counts_once_per_unit()
    {
        // a → b 10; b → a 4; b → c 6; c → a 3; d → a 7. From a back to a: 4 direct + 3 via c.
        var graph = Graph(("a", "b", Amount.Exact(10, Usd)), ("b", "a", Amount.Exact(4, Usd)), ("b", "c", Amount.Exact(6, Usd)),
            ("c", "a", Amount.Exact(3, Usd)), ("d", "a", Amount.Exact(7, Usd)));

        var result = SelfFunding.Of(graph, "a");

        Assert.Equal(Amount.Exact(7, Usd), result.Flow);
        Assert.Equal(Amount.Exact(14, Usd), result.Inflow);
        Assert.Equal(0.5m, result.ShareOnLowBounds);
        Assert.Equal(0.5m, result.ShareOnHighBounds);
    }

    [Fact]
    public void Low_bounds_and_high_bounds_give_the_two_ends_of_the_flow()
    {
        var graph = Graph(("a", "b", Amount.Range(5, 10, Usd)), ("b", "a", Amount.Exact(4, Usd)), ("b", "c", Amount.Exact(6, Usd)),
            ("c", "a", Amount.Unknown(Usd)));

        var result = SelfFunding.Of(graph, "a");

        // Low: a→b 5 caps it; the unknown c→a counts as zero. High: c→a is unbounded but b→c caps that path at 6.
        Assert.Equal(4m, result.Flow.Low);
        Assert.Equal(10m, result.Flow.High);
        Assert.Null(result.Inflow.High);
    }

    [Fact]
    public void A_loop_of_unbounded_amounts_has_an_unbounded_self_funding()
    {
        var graph = Graph(("a", "b", Amount.AtLeast(5, Usd)), ("b", "a", Amount.MoreThan(2, Usd)));

        var result = SelfFunding.Of(graph, "a");

        Assert.Equal(2m, result.Flow.Low);
        Assert.Null(result.Flow.High);
        Assert.Equal(1m, result.ShareOnLowBounds);
        Assert.Null(result.ShareOnHighBounds);
    }

    [Fact]
    public void Loops_list_parties_in_flow_order_with_the_smallest_amount_largest_first()
    {
        var graph = Graph(("a", "b", Amount.Exact(10, Usd)), ("b", "a", Amount.Range(2, 4, Usd)), ("b", "c", Amount.Exact(6, Usd)),
            ("c", "a", Amount.Exact(5, Usd)), ("c", "b", Amount.Unknown(Usd)));

        var loops = LoopFinder.Find(graph);

        Assert.Equal(["a b c", "a b", "b c"], loops.Select(l => string.Join(' ', l.Parties)));
        Assert.Equal(Amount.Exact(5, Usd), loops[0].RoundTrip);
        Assert.Equal(Amount.Range(2, 4, Usd), loops[1].RoundTrip);
        Assert.Equal(AmountQualifier.Unknown, loops[2].RoundTrip.Qualifier);
        Assert.Equal(["a→b", "b→c", "c→a"], loops[0].Hops.Select(h => $"{graph.Parties[h.From]}→{graph.Parties[h.To]}"));
    }

    private static MoneyGraph Graph(params (string From, string To, Amount Amount)[] hops)
    {
        var parties = hops.SelectMany(h => new[] { h.From, h.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        return MoneyGraph.FromHops(parties,
            [.. hops.Select(h => new MoneyHop(parties.IndexOf(h.From), parties.IndexOf(h.To), [$"{h.From}-{h.To}"], h.Amount, []))], Usd);
    }
}
