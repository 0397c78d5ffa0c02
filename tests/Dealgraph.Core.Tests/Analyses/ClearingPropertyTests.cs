using CsCheck;
using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>Properties of the clearing vector on random networks of up to 8 parties.</summary>
public sealed class ClearingPropertyTests
{
    private const decimal Slack = 0.02m;

    private static readonly Gen<(ClearingNetwork Network, ClearingScenario Scenario)> Networks =
        Gen.Select(Gen.Int[2, 8], Gen.Int[0, 63].Array[0, 30], Gen.Int[0, 1000].Array[30], Gen.Int[0, 500].Array[8], Gen.Int[0, 8], Gen.Int[0, 100],
            (n, codes, amounts, assets, fail, recovery) =>
            {
                var pairs = codes.Select((c, k) => (Debtor: c % n, Creditor: c / n % n, Amount: amounts[k]))
                    .Where(l => l.Debtor != l.Creditor).ToArray();
                var network = new ClearingNetwork(
                    [.. Enumerable.Range(0, n).Select(i => $"p{i}")],
                    [.. pairs.Select(l => l.Debtor)], [.. pairs.Select(l => l.Creditor)], [.. pairs.Select(l => (decimal)l.Amount)],
                    [.. assets.Take(n).Select(a => (decimal)a)]);
                var scenario = fail < n
                    ? new ClearingScenario { Fails = new Dictionary<int, decimal> { [fail] = recovery / 100m } }
                    : new ClearingScenario();
                return (network, scenario);
            });

    [Theory]
    [InlineData(1e6)]
    [InlineData(1e14)]
    [InlineData(1e20)]
    public void A_party_with_nothing_defaults_however_large_the_rest_of_the_network(double largest)
    {
        // Defaults are decided on each party's own scale: a tolerance relative to the network's
        // largest figure (10⁻¹² of 10¹⁴ is 100) once let a party with nothing "pay" 100.
        var network = new ClearingNetwork(["small", "big", "outside"], [0, 1], [1, 2], [100m, 1m], [0m, (decimal)largest, 0m]);

        var small = ClearingVector.Solve(network, new ClearingScenario()).Parties[0];

        Assert.Equal((0m, 100m, 1), (small.Paid, small.Shortfall, small.Round!.Value));
    }

    [Fact]
    public void A_party_that_exactly_breaks_even_in_inexact_binary_figures_pays_in_full()
    {
        // 0.1 + 0.2 owed against 0.3 held: in double 0.1 + 0.2 > 0.3, so without a slack on the
        // party's own scale rounding alone would default it.
        var network = new ClearingNetwork(["a", "b", "c"], [0, 0], [1, 2], [0.1m, 0.2m], [0.3m, 0m, 0m]);

        var a = ClearingVector.Solve(network, new ClearingScenario()).Parties[0];

        Assert.Equal((0.3m, false), (a.Paid, a.Defaulted));
    }

    [Fact]
    public void The_clearing_vector_is_a_fixed_point()
    {
        Networks.Sample((network, scenario) =>
        {
            var result = ClearingVector.Solve(network, scenario);
            Assert.True(result.Converged);
            Assert.True(result.Residual <= Slack, $"residual {result.Residual}");
        }, iter: 500);
    }

    [Fact]
    public void No_party_pays_more_than_it_owes_or_has()
    {
        Networks.Sample((network, scenario) =>
        {
            foreach (var p in ClearingVector.Solve(network, scenario).Parties)
            {
                Assert.InRange(p.Paid, 0m, p.Owed);
                Assert.True(p.Paid <= p.Assets + p.Received + Slack, $"{p.Id} pays {p.Paid} with {p.Assets} + {p.Received}");
                Assert.Equal(p.Defaulted, p.Round is not null);
            }
        }, iter: 500);
    }

    [Fact]
    public void It_is_the_greatest_fixed_point_the_limit_of_plain_iteration_from_full_payment()
    {
        // Plain Picard iteration p ← Φ(p) from p = p̄ decreases to the greatest fixed point
        // (Eisenberg & Noe 2001, Theorem 1); the iteration from 0 rises to the least one.
        Networks.Sample((network, scenario) =>
        {
            var result = ClearingVector.Solve(network, scenario);
            var greatest = Picard(network, scenario, fromTop: true);
            var least = Picard(network, scenario, fromTop: false);
            for (var i = 0; i < greatest.Length; i++)
            {
                Assert.Equal((double)result.Parties[i].Paid, greatest[i], 0.02);
                Assert.True(least[i] <= (double)result.Parties[i].Paid + 0.02);
            }
        }, iter: 500);
    }

    [Fact]
    public void With_default_costs_the_vector_is_still_a_fixed_point_and_no_larger_than_without()
    {
        Gen.Select(Networks, Gen.Int[0, 100], Gen.Int[0, 100]).Sample((net, a, b) =>
        {
            var (network, scenario) = net;
            var costly = ClearingVector.Solve(network, scenario with { Alpha = a / 100m, Beta = b / 100m });
            var free = ClearingVector.Solve(network, scenario);
            Assert.True(costly.Residual <= Slack, $"residual {costly.Residual}");
            for (var i = 0; i < free.Parties.Count; i++)
            {
                Assert.True(costly.Parties[i].Paid <= free.Parties[i].Paid + Slack);
            }
        }, iter: 300);
    }

    [Fact]
    public void A_shock_never_raises_anyone_s_payment()
    {
        Gen.Select(Networks, Gen.Int[0, 7], Gen.Int[0, 500]).Sample((net, who, size) =>
        {
            var (network, scenario) = net;
            var party = who % network.Parties.Count;
            var before = ClearingVector.Solve(network, scenario);
            var after = ClearingVector.Solve(network, scenario with { Shocks = new Dictionary<int, decimal> { [party] = size } });
            for (var i = 0; i < before.Parties.Count; i++)
            {
                Assert.True(after.Parties[i].Paid <= before.Parties[i].Paid + Slack);
            }
        }, iter: 300);
    }

    private static double[] Picard(ClearingNetwork network, ClearingScenario scenario, bool fromTop)
    {
        var n = network.Parties.Count;
        var owed = network.Owed().Select(o => (double)o).ToArray();
        var cap = (double[])owed.Clone();
        foreach (var (i, r) in scenario.Fails)
        {
            cap[i] = owed[i] * (double)r;
        }
        var p = fromTop ? (double[])cap.Clone() : new double[n];
        for (var iteration = 0; iteration < 200_000; iteration++)
        {
            var inflow = new double[n];
            for (var k = 0; k < network.Debtor.Length; k++)
            {
                var d = network.Debtor[k];
                inflow[network.Creditor[k]] += owed[d] > 0 ? (double)network.Amount[k] / owed[d] * p[d] : 0;
            }
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var next = Math.Min(cap[i], (double)network.Assets[i] + inflow[i]);
                change = Math.Max(change, Math.Abs(next - p[i]));
                p[i] = next;
            }
            if (change < 1e-11)
            {
                break;
            }
        }
        return p;
    }
}
