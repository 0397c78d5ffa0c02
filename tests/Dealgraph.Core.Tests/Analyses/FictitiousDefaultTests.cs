using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

/// <summary>
/// The double engine on networks large enough to be split over the cores (the property tests'
/// networks of ≤ 30 liabilities always run on one; a thread needs 65,536 liabilities, see
/// <see cref="RowBlocks"/>): the result must be the greatest fixed point,
/// found by plain iteration from full payment.
/// </summary>
public sealed class FictitiousDefaultTests
{
    [Theory]
    [InlineData(2_000, 140_000, 20, 1)]
    [InlineData(20_000, 200_000, 200, 2)]
    public void On_a_network_split_over_the_cores_the_engine_finds_the_greatest_fixed_point(int parties, int liabilities, int failures, int seed)
    {
        var net = RandomNetwork.Create(parties, liabilities, failures, seed);
        var (p, round) = Run(net);

        var greatest = Picard(net);

        Assert.Contains(round, r => r > 0);
        for (var i = 0; i < parties; i++)
        {
            Assert.Equal(greatest[i], p[i], 1e-3 * Math.Max(1, greatest[i]));
        }
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0)]
    [InlineData(0.5, 1.0, 1.0)]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(0.5, 0.8, 0.9)]
    public void With_recovery_and_default_costs_the_engine_finds_the_greatest_fixed_point(double recovery, double alpha, double beta)
    {
        // The failed parties lose their assets, so they pay from what they receive: their payments
        // keep falling after round 0 when something is recovered. With rounds large enough to be
        // walked in parts, and Rogers–Veraart's costs.
        var net = RandomNetwork.Create(20_000, 200_000, 1_000, 4);
        foreach (var f in net.Failed)
        {
            net.Assets[f] = 0;
        }
        var (p, round) = Run(net, recovery, alpha, beta);

        var greatest = Picard(net, recovery, alpha, beta);

        // Some round has at least 512 new defaulters (cut into parts of at least 256).
        Assert.Contains(Enumerable.Range(1, Math.Max(0, round.Max())), r => round.Count(x => x == r) >= 512);
        for (var i = 0; i < net.Parties; i++)
        {
            Assert.Equal(greatest[i], p[i], 1e-3 * Math.Max(1, greatest[i]));
        }
    }

    [Fact]
    public void Two_runs_on_a_network_split_over_the_cores_agree_to_the_last_bit()
    {
        // p̄ and r are summed in input order and the scans' shares appended in order, whichever thread ran them.
        var net = RandomNetwork.Create(5_000, 150_000, 50, 3);

        var (first, firstRound) = Run(net);
        var (second, secondRound) = Run(net);

        Assert.Equal(firstRound, secondRound);
        Assert.Equal(first, second);
    }

    private static (double[] P, int[] Round) Run(RandomNetwork net, double recovery = 0, double alpha = 1, double beta = 1)
    {
        using var engine = new FictitiousDefault(net.Parties, net.Debtor, net.Creditor, net.Amount);
        var cap = engine.Owed.ToArray();
        var round = Enumerable.Repeat(-1, net.Parties).ToArray();
        foreach (var f in net.Failed)
        {
            (cap[f], round[f]) = (recovery * cap[f], 0);
        }
        var p = new double[net.Parties];
        engine.Run(net.Assets, cap, round, alpha, beta, 1e-9, 100_000, p);
        Assert.True(engine.Converged);
        return (p, round);
    }

    /// <summary>
    /// p ← Φ(p) from p = cap, decreasing to the greatest fixed point (Eisenberg and Noe 2001,
    /// Theorem 1; with costs, Rogers and Veraart 2013, whose map is monotone too): a failed party
    /// pays min(cap, α e + β inflow); any other pays p̄ when e + inflow covers it, else
    /// min(p̄, α e + β inflow).
    /// </summary>
    private static double[] Picard(RandomNetwork net, double recovery = 0, double alpha = 1, double beta = 1)
    {
        var owed = new double[net.Parties];
        for (var k = 0; k < net.Debtor.Length; k++)
        {
            owed[net.Debtor[k]] += net.Amount[k];
        }
        var cap = (double[])owed.Clone();
        var failed = new bool[net.Parties];
        foreach (var f in net.Failed)
        {
            (cap[f], failed[f]) = (recovery * owed[f], true);
        }
        var p = (double[])cap.Clone();
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            var inflow = new double[net.Parties];
            for (var k = 0; k < net.Debtor.Length; k++)
            {
                var d = net.Debtor[k];
                inflow[net.Creditor[k]] += net.Amount[k] / owed[d] * p[d];
            }
            var change = 0.0;
            for (var i = 0; i < p.Length; i++)
            {
                var next = !failed[i] && net.Assets[i] + inflow[i] >= owed[i] - 1e-9
                    ? owed[i]
                    : Math.Min(cap[i], alpha * net.Assets[i] + beta * inflow[i]);
                change = Math.Max(change, p[i] - next);
                p[i] = next;
            }
            if (change < 1e-9)
            {
                break;
            }
        }
        return p;
    }
}
