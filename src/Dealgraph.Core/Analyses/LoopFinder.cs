using Dealgraph.Core.Money;

namespace Dealgraph.Core.Analyses;

/// <summary>Loops of a money graph: every simple cycle with its round-trip amount, largest first.</summary>
public static class LoopFinder
{
    /// <summary>Finds up to <paramref name="limit"/> loops (enumeration stops there), sorted largest round trip first.</summary>
    public static IReadOnlyList<Loop> Find(MoneyGraph graph, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.Parties.Count;
        var successors = new List<int>[n];
        var hopOf = new Dictionary<(int, int), MoneyHop>();
        for (var v = 0; v < n; v++)
        {
            successors[v] = [];
        }
        foreach (var hop in graph.Hops)
        {
            successors[hop.From].Add(hop.To);
            hopOf[(hop.From, hop.To)] = hop;
        }
        var loops = new List<Loop>();
        foreach (var cycle in CycleFinder.SimpleCycles(successors).Take(limit))
        {
            var hops = new MoneyHop[cycle.Length];
            for (var i = 0; i < cycle.Length; i++)
            {
                hops[i] = hopOf[(cycle[i], cycle[(i + 1) % cycle.Length])];
            }
            var roundTrip = hops.Select(h => h.Amount).Aggregate(Amount.Min);
            loops.Add(new Loop([.. cycle.Select(v => graph.Parties[v])], hops, roundTrip));
        }
        return [.. loops.OrderBy(l => l.RoundTrip, LargestFirst.Instance).ThenBy(l => l.Parties.Count)
            .ThenBy(l => string.Join('\u0001', l.Parties), StringComparer.Ordinal)];
    }

    /// <summary>Known before unknown; then by high bound (unbounded first), then by low bound, descending.</summary>
    private sealed class LargestFirst : IComparer<Amount>
    {
        public static LargestFirst Instance { get; } = new();

        public int Compare(Amount? x, Amount? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var xu = x.Qualifier == AmountQualifier.Unknown;
            var yu = y.Qualifier == AmountQualifier.Unknown;
            if (xu != yu)
            {
                return xu ? 1 : -1;
            }
            var xh = x.High ?? decimal.MaxValue;
            var yh = y.High ?? decimal.MaxValue;
            return xh != yh ? yh.CompareTo(xh) : (y.Low ?? 0m).CompareTo(x.Low ?? 0m);
        }
    }
}
