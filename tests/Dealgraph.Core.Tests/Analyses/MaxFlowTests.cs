using CsCheck;
using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

public sealed class MaxFlowTests
{
    [Fact]
    public void The_classic_two_path_network_carries_the_sum_of_its_bottlenecks()
    {
        var network = new MaxFlow(4);
        network.AddEdge(0, 1, 10m);
        network.AddEdge(1, 3, 4m);
        network.AddEdge(0, 2, 3m);
        network.AddEdge(2, 3, 8m);
        network.AddEdge(1, 2, 5m);

        Assert.Equal(12m, network.Run(0, 3));
    }

    [Fact]
    public void Max_flow_equals_the_brute_force_minimum_cut_on_random_small_networks()
    {
        // Max-flow = min-cut (Ford–Fulkerson); the cut is found by trying every vertex subset.
        Gen.Select(Gen.Int[2, 7], Gen.Int[0, 48].Array[0, 20], Gen.Int[0, 1000].Array[20]).Sample((n, codes, capacities) =>
        {
            var edges = codes.Select((c, k) => (From: c % n, To: c / n % n, Capacity: capacities[k] / 10m))
                .Where(e => e.From != e.To).ToArray();
            var network = new MaxFlow(n);
            foreach (var (from, to, capacity) in edges)
            {
                network.AddEdge(from, to, capacity);
            }
            var flow = network.Run(0, n - 1);

            var best = decimal.MaxValue;
            for (var mask = 0; mask < 1 << n; mask++)
            {
                if ((mask & 1) == 0 || (mask >> (n - 1) & 1) == 1)
                {
                    continue;
                }
                var cut = edges.Where(e => (mask >> e.From & 1) == 1 && (mask >> e.To & 1) == 0).Sum(e => e.Capacity);
                best = Math.Min(best, cut);
            }
            Assert.Equal(best, flow);
        }, iter: 1000);
    }
}
