using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>
/// Worked clearing examples from the literature. No page below was read off a paper. A search of
/// the stored copies reachable from this machine (2026-11-29) found only openings: the
/// Eisenberg–Noe slideshare transcript (https://es.slideshare.net/larryeisenberg/152655012001470202361:
/// title, abstract and the start of §1, of "1 de 14" pages, which fits pp. 236–249), the
/// Rogers–Veraart SSRN preprint page (https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1932911:
/// abstract, "33 Pages", 23 Sep 2011) and catalogue records of pp. 882–898
/// (https://iaorifors.com/paper/81952), the Glasserman–Young OFR working paper 13-09
/// (https://pdfslide.us/documents/how-likely-is-contagion-in-financial-networks-13-09-june-21-2013-revised.html:
/// cover page) and its SSRN page (https://papers.ssrn.com/sol3/papers.cfm?abstract_id=2642423:
/// abstract, "37 Pages"). None reaches the appendix, section or figure of an example, and no
/// repository in the code index holds the papers' text, so each page stays marked inferred or not
/// confirmed. Each test says where its setup was read and re-derives every expected figure by hand
/// (the vectors and rounds were also checked once with an exact rational greatest-clearing-vector
/// computation, not kept); the solver must reproduce them exactly at its precision (cents).
/// </summary>
public sealed class ClearingLiteratureTests
{
    [Fact]
    public void Eisenberg_Noe_appendix_2_two_firms_owing_each_other_clear_at_the_greatest_of_a_continuum()
    {
        // Eisenberg & Noe (2001), "Systemic risk in financial systems", Management Science
        // 47(2):236–249, Appendix 2 (the counterexample to uniqueness for a system that is not
        // regular): two firms, each owing the other 1, no operating cash flow. Every p = t·(1, 1),
        // t ∈ [0, 1], clears; with e = (0.01, 0) only (1, 1) does. Page: p. 249 by inference, not
        // read here — the article ends on p. 249 and a machine-written reading note in a public
        // repository, which says it read the PDF, puts the end of Appendix 1 on p. 249 with
        // Appendix 2 after it. The slideshare transcript (class comment) is stored only to §1.
        // By hand: Φ(t, t) = (min(1, 0 + t), min(1, 0 + t)) = (t, t); with e₁ = 0.01,
        // Φ(t, t)₁ = min(1, 0.01 + t) ≠ t for t < 1. The fictitious default algorithm starts
        // from full payment, where both are solvent, so it returns the greatest, (1, 1).
        var irregular = TwoFirms(0m);
        Assert.Equal([0.5m, 0.5m], Phi(irregular, [0.5m, 0.5m], 1m, 1m));
        var result = ClearingVector.Solve(irregular, new ClearingScenario());
        Assert.Equal([1m, 1m], result.Parties.Select(p => p.Paid));
        Assert.All(result.Parties, p => Assert.False(p.Defaulted));

        var regular = TwoFirms(0.01m);
        Assert.NotEqual([0.5m, 0.5m], Phi(regular, [0.5m, 0.5m], 1m, 1m));
        Assert.Equal([1m, 1m], ClearingVector.Solve(regular, new ClearingScenario()).Parties.Select(p => p.Paid));
    }

    [Fact]
    public void Glasserman_Young_central_node_shock_of_94_loses_182_in_the_network_against_178_apart()
    {
        // Glasserman & Young (2015), "How likely is contagion in financial networks?", J. Banking &
        // Finance 50:383–399, example network of Figure 1: a central node with outside assets 150
        // owes 10 to each of four peripheral nodes and 100 outside; each peripheral node has outside
        // assets 50 and owes 55 outside. A shock of 94 to the centre gives a total loss (shock plus
        // shortfall) of 182 in the network and 178 if the nodes were disconnected. Page not
        // confirmed: the setup and both figures are as asserted in a public Julia replication
        // script ("example from … Glasserman-Young"), not read in the paper.
        // By hand: the centre has 150 − 94 = 56 < 140 owed, pays 56, i.e. 4 to each peripheral
        // node (round 1); each then has 50 + 4 = 54 < 55 and pays 54 (round 2); loss
        // 94 + 84 + 4·1 = 182. Disconnected (claims swapped for outside assets and debts of equal
        // size): the centre still pays 56, the others hold 60 ≥ 55; loss 94 + 84 = 178.
        string[] parties = ["centre", "p1", "p2", "p3", "p4", "outside"];
        var shock = new ClearingScenario { Shocks = new Dictionary<int, decimal> { [0] = 94m } };
        var network = new ClearingNetwork(parties, [0, 0, 0, 0, 0, 1, 2, 3, 4], [1, 2, 3, 4, 5, 5, 5, 5, 5],
            [10, 10, 10, 10, 100, 55, 55, 55, 55], [150, 50, 50, 50, 50, 0]);
        var apart = new ClearingNetwork(parties, [0, 1, 2, 3, 4], [5, 5, 5, 5, 5], [140, 55, 55, 55, 55], [150, 60, 60, 60, 60, 0]);

        var result = ClearingVector.Solve(network, shock);
        var disconnected = ClearingVector.Solve(apart, shock);

        Assert.Equal((56m, 1), (result.Parties[0].Paid, result.Parties[0].Round!.Value));
        Assert.All(result.Parties.Skip(1).Take(4), p => Assert.Equal((54m, 2), (p.Paid, p.Round!.Value)));
        Assert.Equal(182m, 94m + result.TotalShortfall);
        Assert.Equal(178m, 94m + disconnected.TotalShortfall);
    }

    [Fact]
    public void Rogers_Veraart_circular_network_with_default_costs_fails_in_two_rounds()
    {
        // Rogers & Veraart (2013), "Failure and rescue in an interbank network", Management Science
        // 59(4):882–898, §5.1 (circular network): six banks in a ring owing alternately a = 2 and
        // a + ε = 3, outside assets γ(1 − ε) and γ(1 + ε), γ = 0.4, ε = 1, α = β = 1/2. When their
        // condition (13) holds all banks fail, those owing 3 first; the greatest clearing vector is
        // αγ/(1 − β²)·((1 − ε) + β(1 + ε)) = 4/15 and αγ/(1 − β²)·(β(1 − ε) + (1 + ε)) = 8/15.
        // Page not confirmed: setup, closed form and order of failure as reproduced in the tests of
        // github.com/ninagad/Greatest-Clearing-Vector-Algorithm, not read in the paper.
        // By hand: a bank owing 3 has 0.8 + 2 = 2.8 < 3 (round 1); it then pays α·0.8 + β·2 = 1.4,
        // so the next has 0 + 1.4 < 2 (round 2); at the end p_even = β·p_odd and
        // p_odd = α·0.8 + β·p_even, so p_odd = 0.4/0.75 = 8/15 and p_even = 4/15.
        var network = Ring(out var scenario);

        var result = ClearingVector.Solve(network, scenario with { Alpha = 0.5m, Beta = 0.5m });

        // Payments are reported to cents: 8/15 = 0.5333… → 0.53, 4/15 = 0.2666… → 0.27.
        Assert.Equal([0.27m, 0.53m, 0.27m, 0.53m, 0.27m, 0.53m], result.Parties.Select(p => p.Paid));
        Assert.Equal([2, 1, 2, 1, 2, 1], result.Parties.Select(p => p.Round));
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
    public void Rogers_Veraart_example_3_3_default_costs_admit_a_smaller_clearing_vector_the_solver_returns_the_greatest()
    {
        // Rogers & Veraart (2013), Example 3.3, the example their §3 points to for clearing
        // vectors not being unique unless α = β = 1: two banks owing each other, outside assets 1
        // each, α = β = 1/2. Page: pp. 885–886 according to the machine-written reading note named
        // in the Appendix 2 test, not read here. The two readings of the example found disagree on what bank 1 owes: the
        // ninagad replication uses L̄ = (2, 2.2) with greatest vector (2, 2.2); the reading note
        // gives L̄ = (2.2, 2.2) with clearing vectors (1, 1) and (2.2, 2.2), yet quotes the
        // extracted text of the original system as "clearing vector 2 2 2", which fits (2, 2.2)
        // with its punctuation lost better than (2.2, 2.2). Both are checked.
        // By hand, L̄ = (2.2, 2.2): at (1, 1) each bank has 1 + 1 = 2 < 2.2, defaults and pays
        // ½·1 + ½·1 = 1, so (1, 1) clears; at (2.2, 2.2) each has 3.2 ≥ 2.2 and pays in full.
        // With L̄ = (2, 2.2), (1, 1) does not clear: bank 1 would have exactly 2 = what it owes.
        var symmetric = TwoBanks(2.2m, 2.2m);
        Assert.Equal([1m, 1m], Phi(symmetric, [1m, 1m], 0.5m, 0.5m));
        Assert.Equal([2.2m, 2.2m], Phi(symmetric, [2.2m, 2.2m], 0.5m, 0.5m));
        var costs = new ClearingScenario { Alpha = 0.5m, Beta = 0.5m };

        Assert.Equal([2.2m, 2.2m], ClearingVector.Solve(symmetric, costs).Parties.Select(p => p.Paid));

        var asReplicated = TwoBanks(2m, 2.2m);
        Assert.NotEqual([1m, 1m], Phi(asReplicated, [1m, 1m], 0.5m, 0.5m));
        var result = ClearingVector.Solve(asReplicated, costs);
        Assert.Equal([2m, 2.2m], result.Parties.Select(p => p.Paid));
        Assert.Equal(0m, result.TotalShortfall);
    }

    [Fact]
    public void Three_bank_example_of_the_NetworkValuation_routines_clears_at_270_11ths_and_290_11ths()
    {
        // Not a paper: the worked example in the README of Puig & Siebenbrunner's Eisenberg–Noe
        // routines (github.com/siebenbrunner/NetworkValuation), kept as a cross-implementation check.
        // L = [[0,20,10],[5,0,24],[10,0,0]], outside assets 10 each. The README prints
        // (19.5455, 26.3636, 10); its first entry is inconsistent with its second (p2 = 10 + ⅔·p1
        // gives p1 = 24.5454…), and a public Julia replication asserts (24.545454…, 26.363636…, 10).
        // By hand: p1 = 20 + 5/29·p2, p2 = 10 + 2/3·p1, so p1 = 270/11 and p2 = 290/11.
        var network = new ClearingNetwork(["a", "b", "c"], [0, 0, 1, 1, 2], [1, 2, 0, 2, 0], [20m, 10m, 5m, 24m, 10m], [10m, 10m, 10m]);

        var result = ClearingVector.Solve(network, new ClearingScenario());

        Assert.Equal(Math.Round(270m / 11m, 2), result.Parties[0].Paid);
        Assert.Equal(Math.Round(290m / 11m, 2), result.Parties[1].Paid);
        Assert.Equal(10m, result.Parties[2].Paid);
        // With everyone paying in full, a has 10 + 5 + 10 = 25 < 30 and falls first; b has
        // 10 + 20 = 30 ≥ 29 until a's default cuts what it receives.
        Assert.Equal([1, 2, null], result.Parties.Select(p => p.Round));
    }

    [Theory]
    [InlineData(1, 1, new[] { 1.47, 1.42, 1.50 }, new[] { 1, 2, 0 })]
    [InlineData(0.5, 0.7, new[] { 0.50, 0.51, 0.57 }, new[] { 1, 2, 2 })]
    public void Gandy_Veraart_systemicrisk_example_clears_as_derived_by_hand_with_and_without_default_costs(double alpha, double beta, double[] paid, int[] round)
    {
        // Not a paper: the inputs of the example of default_clearing() in the R package systemicrisk
        // by Gandy and Veraart (https://rdrr.io/cran/systemicrisk/man/default_clearing.html, which
        // cites Rogers & Veraart 2013), kept as a cross-implementation check of the default costs.
        // The stored copy shows the call, not its output, so the expected figures are derived here.
        // Three banks each owe 0.5 to each other bank (x = 0.5), external liabilities (1.5, 0.5,
        // 0.5) (owed here to an outside party), external assets (1/2, 5/8, 3/4).
        // By hand, without costs: p1 = 1/2 + p2/3 + 1/2 and p2 = 5/8 + p1/5 + 1/2, so
        // p1 = 1.375·15/14 = 1.473214… and p2 = 1.419642…; bank 3 then has 3/4 + p1/5 + p2/3 =
        // 1.5179 ≥ 1.5. Bank 1 falls first (1/2 + 1 < 2.5), bank 2 once bank 1's payment is cut.
        // With α = 0.5, β = 0.7 all three default (bank 1 first) and p_i = α e_i + β Σ_j π_ji p_j,
        // solved exactly: p = (4225/8416, 160275/311392, 176055/311392) = (0.50202, 0.51470, 0.56538).
        var network = new ClearingNetwork(["b1", "b2", "b3", "outside"], [0, 0, 1, 1, 2, 2, 0, 1, 2], [1, 2, 0, 2, 0, 1, 3, 3, 3],
            [0.5m, 0.5m, 0.5m, 0.5m, 0.5m, 0.5m, 1.5m, 0.5m, 0.5m], [0.5m, 0.625m, 0.75m, 0m]);

        var result = ClearingVector.Solve(network, new ClearingScenario { Alpha = (decimal)alpha, Beta = (decimal)beta });

        Assert.Equal(paid.Select(p => (decimal)p), result.Parties.Take(3).Select(p => p.Paid));
        Assert.Equal(round.Select(r => r == 0 ? (int?)null : r), result.Parties.Take(3).Select(p => p.Round));
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

    private static ClearingNetwork TwoFirms(decimal firstAssets) =>
        new(["firm1", "firm2"], [0, 1], [1, 0], [1m, 1m], [firstAssets, 0m]);

    private static ClearingNetwork TwoBanks(decimal firstOwes, decimal secondOwes) =>
        new(["bank1", "bank2"], [0, 1], [1, 0], [firstOwes, secondOwes], [1m, 1m]);

    /// <summary>
    /// The Rogers–Veraart map in decimal, written out independently of the solver: a party that can
    /// pay what it owes from e + receipts pays it, otherwise α e + β receipts (capped at what it owes).
    /// </summary>
    private static decimal[] Phi(ClearingNetwork network, decimal[] p, decimal alpha, decimal beta)
    {
        var owed = network.Owed();
        var received = new decimal[owed.Length];
        for (var k = 0; k < network.Debtor.Length; k++)
        {
            var debtor = network.Debtor[k];
            received[network.Creditor[k]] += network.Amount[k] * p[debtor] / owed[debtor];
        }
        return [.. owed.Select((o, i) => network.Assets[i] + received[i] >= o
            ? o
            : Math.Min(o, alpha * network.Assets[i] + beta * received[i]))];
    }
}
