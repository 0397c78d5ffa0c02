using CsCheck;
using Dealgraph.Core.Analyses;

namespace Dealgraph.Core.Tests.Analyses;

public sealed class CycleFinderTests
{
    [Fact]
    public void A_two_way_pair_is_one_cycle_and_a_chain_is_none()
    {
        Assert.Equal([[0, 1]], Cycles(3, (0, 1), (1, 0), (1, 2)));
        Assert.Empty(Cycles(4, (0, 1), (1, 2), (2, 3)));
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(4, 20)]
    [InlineData(5, 84)]
    public void The_complete_digraph_has_the_textbook_number_of_cycles(int n, int expected)
    {
        // Σ_{k=2..n} C(n,k)·(k−1)! simple cycles in the complete digraph on n vertices.
        var edges = new List<(int, int)>();
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                if (a != b)
                {
                    edges.Add((a, b));
                }
            }
        }
        Assert.Equal(expected, Cycles(n, [.. edges]).Count);
    }

    [Fact]
    public void Johnson_agrees_with_brute_force_on_random_small_graphs()
    {
        Gen.Select(Gen.Int[1, 7], Gen.Int[0, 48].Array[0, 24]).Sample((n, codes) =>
        {
            var edges = codes.Select(c => (c % n, c / n % n)).ToArray();
            var johnson = Cycles(n, edges).Select(Key).Order(StringComparer.Ordinal).ToList();
            var brute = BruteForce(n, edges).Select(Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(brute, johnson);
            Assert.Equal(johnson.Count, johnson.Distinct().Count());
        }, iter: 2000);
    }

    [Fact]
    public void A_long_ring_does_not_overflow_the_stack()
    {
        const int n = 200_000;
        var edges = Enumerable.Range(0, n).Select(i => (i, (i + 1) % n)).ToArray();
        var cycle = Assert.Single(Cycles(n, edges));
        Assert.Equal(n, cycle.Length);
    }

    private static string Key(int[] cycle) => string.Join(',', cycle);

    private static List<int[]> Cycles(int n, params (int From, int To)[] edges) =>
        [.. CycleFinder.SimpleCycles(Successors(n, edges))];

    private static List<int>[] Successors(int n, (int From, int To)[] edges)
    {
        var successors = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (from, to) in edges)
        {
            successors[from].Add(to);
        }
        return successors;
    }

    /// <summary>Every simple path from its smallest vertex s through larger vertices back to s: exhaustive DFS, no blocking.</summary>
    private static List<int[]> BruteForce(int n, (int From, int To)[] edges)
    {
        var adjacency = Successors(n, edges).Select(l => l.Distinct().ToList()).ToArray();
        var found = new List<int[]>();
        for (var s = 0; s < n; s++)
        {
            var path = new List<int> { s };
            Extend(s, s);

            void Extend(int s0, int v)
            {
                foreach (var w in adjacency[v])
                {
                    if (w == s0 && path.Count > 1)
                    {
                        found.Add([.. path]);
                    }
                    else if (w > s0 && !path.Contains(w))
                    {
                        path.Add(w);
                        Extend(s0, w);
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }
        }
        return found;
    }
}
