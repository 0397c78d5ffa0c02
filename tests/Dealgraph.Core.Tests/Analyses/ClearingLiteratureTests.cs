using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>
/// Worked clearing examples from the literature. Page numbers are not given: the papers could
/// not be opened from this machine, so each example names the paper and its section or figure,
/// where the setup was read, and how the expected figures were checked.
/// </summary>
public sealed class ClearingLiteratureTests
{
    [Fact]
    public void Glasserman_Young_central_node_shock_of_94_loses_182_in_the_network_against_178_apart()
    {
        // Glasserman & Young (2015), "How likely is contagion in financial networks?", J. Banking &
        // Finance 50:383–399, example network of Figure 1: a central node with outside assets 150
        // owes 10 to each of four peripheral nodes and 100 outside; each peripheral node has outside
        // assets 50 and owes 55 outside. A shock of 94 to the centre gives a total loss (shock plus
        // shortfall) of 182 in the network and 178 if the nodes were disconnected (setup and the two
        // figures as asserted in a public Julia replication script, "example from Glasserman-Young";
        // re-derived by hand below).
        string[] parties = ["centre", "p1", "p2", "p3", "p4", "outside"];
        int[] debtor = [0, 0, 0, 0, 0, 1, 2, 3, 4];
        int[] creditor = [1, 2, 3, 4, 5, 5, 5, 5, 5];
        decimal[] amount = [10, 10, 10, 10, 100, 55, 55, 55, 55];
        decimal[] assets = [150, 50, 50, 50, 50, 0];
        var network = new ClearingNetwork(parties, debtor, creditor, amount, assets);

        var result = ClearingVector.Solve(network, new ClearingScenario { Shocks = new Dictionary<int, decimal> { [0] = 94m } });

        // Centre: 150 − 94 = 56 < 140 owed, pays 56, i.e. 4 to each peripheral node (round 1).
        // Each peripheral node then has 50 + 4 = 54 < 55 and pays 54 (round 2).
        Assert.Equal(56m, result.Parties[0].Paid);
        Assert.Equal(1, result.Parties[0].Round);
        Assert.All(result.Parties.Skip(1).Take(4), p => Assert.Equal((54m, 2), (p.Paid, p.Round!.Value)));
        Assert.Equal(182m, 94m + result.TotalShortfall);
        Assert.Equal(178m, 94m + Math.Max(0m, 94m - 10m));
    }

    [Fact]
    public void Rogers_Veraart_circular_network_with_default_costs_fails_in_two_rounds()
    {
        // Rogers & Veraart (2013), "Failure and rescue in an interbank network", Management Science
        // 59(4):882–898, §5.1 (circular network): six banks in a ring owing alternately a = 2 and
        // a + ε = 3, outside assets γ(1 − ε) and γ(1 + ε), γ = 0.4, ε = 1, α = β = 1/2. The banks
        // owing 3 fail first, then the others; the greatest clearing vector is the closed form
        // αγ/(1 − β²)·((1 − ε) + β(1 + ε)) and αγ/(1 − β²)·(β(1 − ε) + (1 + ε)), i.e. 4/15 and 8/15
        // (setup as reproduced in github.com/ninagad/Greatest-Clearing-Vector-Algorithm; solved by hand:
        // p_even = β·p_odd, p_odd = α·0.8 + β·p_even).
        var network = Ring(out var scenario);

        var result = ClearingVector.Solve(network, scenario with { Alpha = 0.5m, Beta = 0.5m });

        for (var i = 0; i < 6; i++)
        {
            var row = result.Parties[i];
            Assert.True(row.Defaulted);
            Assert.Equal(i % 2 == 1 ? 1 : 2, row.Round);
            var expected = i % 2 == 1 ? 8m / 15m : 4m / 15m;
            Assert.InRange(row.Paid, expected - 0.01m, expected + 0.01m);
        }
        Assert.True(result.Residual <= 0.01m);
    }

    [Fact]
    public void The_same_ring_without_default_costs_stops_after_the_first_round()
    {
        // Rogers & Veraart's point in §5.1: without default costs (Eisenberg–Noe, α = β = 1) the
        // banks owing 3 pay 0.8 + 2 = 2.8 and the others, receiving 2.8 ≥ 2, stay solvent.
        var result = ClearingVector.Solve(Ring(out var scenario), scenario);

        Assert.Equal([2m, 2.8m, 2m, 2.8m, 2m, 2.8m], result.Parties.Select(p => p.Paid));
        Assert.Equal([null, 1, null, 1, null, 1], result.Parties.Select(p => p.Round));
    }

    [Fact]
    public void Rogers_Veraart_example_3_3_two_banks_pay_in_full_at_the_greatest_clearing_vector()
    {
        // Rogers & Veraart (2013), Example 3.3: bank 1 owes 2, bank 2 owes 2.2, outside assets 1
        // each, α = β = 1/2. Both can pay in full (1 + 2.2 ≥ 2, 1 + 2 ≥ 2.2), so the greatest
        // clearing vector is (2, 2.2) although default costs admit a smaller one.
        var network = new ClearingNetwork(["bank1", "bank2"], [0, 1], [1, 0], [2m, 2.2m], [1m, 1m]);

        var result = ClearingVector.Solve(network, new ClearingScenario { Alpha = 0.5m, Beta = 0.5m });

        Assert.Equal([2m, 2.2m], result.Parties.Select(p => p.Paid));
        Assert.Equal(0m, result.TotalShortfall);
    }

    [Fact]
    public void Three_bank_example_of_the_NetworkValuation_routines_clears_at_1890_77ths_and_2030_77ths()
    {
        // Cross-implementation example of Puig & Siebenbrunner's Eisenberg–Noe routine
        // (github.com/siebenbrunner/NetworkValuation): L = [[0,20,10],[5,0,24],[10,0,0]], outside
        // assets 10 each; p = (24.5454…, 26.3636…, 10). By hand: p1 = 20 + 5/29·p2, p2 = 10 + 2/3·p1,
        // so p1 = 1890/77 and p2 = 2030/77.
        var network = new ClearingNetwork(["a", "b", "c"], [0, 0, 1, 1, 2], [1, 2, 0, 2, 0], [20m, 10m, 5m, 24m, 10m], [10m, 10m, 10m]);

        var result = ClearingVector.Solve(network, new ClearingScenario());

        Assert.Equal(Math.Round(1890m / 77m, 2), result.Parties[0].Paid);
        Assert.Equal(Math.Round(2030m / 77m, 2), result.Parties[1].Paid);
        Assert.Equal(10m, result.Parties[2].Paid);
        // With everyone paying in full, a has 10 + 5 + 10 = 25 < 30 and falls first; b has
        // 10 + 20 = 30 ≥ 29 until a's default cuts what it receives.
        Assert.Equal([1, 2, null], result.Parties.Select(p => p.Round));
    }

    private static ClearingNetwork Ring(out ClearingScenario scenario)
    {
        scenario = new ClearingScenario();
        int[] debtor = [0, 1, 2, 3, 4, 5];
        int[] creditor = [1, 2, 3, 4, 5, 0];
        decimal[] amount = [2m, 3m, 2m, 3m, 2m, 3m];
        decimal[] assets = [0m, 0.8m, 0m, 0.8m, 0m, 0.8m];
        return new ClearingNetwork(["b1", "b2", "b3", "b4", "b5", "b6"], debtor, creditor, amount, assets);
    }
}
