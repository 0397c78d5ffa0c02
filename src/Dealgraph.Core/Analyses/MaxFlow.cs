namespace Dealgraph.Core.Analyses;

/// <summary>
/// Maximum flow by Dinic's algorithm (E. A. Dinitz, 1970): breadth-first levels, then blocking
/// flows along level-increasing paths, O(V²E). Capacities are <c>decimal</c> money, so the
/// flow is exact: no rounding, no float error, no scaling to cents that could overflow or
/// lose sub-cent amounts. Deal graphs are small (hundreds of hops), so decimal's cost does not
/// matter here.
/// </summary>
public sealed class MaxFlow
{
    private readonly List<int>[] _adjacent;
    private readonly List<int> _to = [];
    private readonly List<decimal> _residual = [];
    private int[] _level = [];
    private int[] _next = [];

    /// <summary>A network of <paramref name="vertices"/> vertices and no edges.</summary>
    public MaxFlow(int vertices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertices);
        _adjacent = new List<int>[vertices];
        for (var v = 0; v < vertices; v++)
        {
            _adjacent[v] = [];
        }
    }

    /// <summary>Adds an edge of the given non-negative capacity.</summary>
    public void AddEdge(int from, int to, decimal capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _adjacent[from].Add(_to.Count);
        _to.Add(to);
        _residual.Add(capacity);
        _adjacent[to].Add(_to.Count);
        _to.Add(from);
        _residual.Add(0m);
    }

    /// <summary>The value of a maximum flow from <paramref name="source"/> to <paramref name="sink"/> (consumes the network).</summary>
    public decimal Run(int source, int sink)
    {
        if (source == sink)
        {
            throw new ArgumentException("source and sink must differ", nameof(sink));
        }
        var total = 0m;
        _level = new int[_adjacent.Length];
        _next = new int[_adjacent.Length];
        while (Levels(source, sink))
        {
            Array.Fill(_next, 0);
            decimal pushed;
            while ((pushed = Push(source, sink, decimal.MaxValue)) > 0)
            {
                total += pushed;
            }
        }
        return total;
    }

    private bool Levels(int source, int sink)
    {
        Array.Fill(_level, -1);
        _level[source] = 0;
        var queue = new Queue<int>();
        queue.Enqueue(source);
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            foreach (var e in _adjacent[v])
            {
                if (_residual[e] > 0 && _level[_to[e]] < 0)
                {
                    _level[_to[e]] = _level[v] + 1;
                    queue.Enqueue(_to[e]);
                }
            }
        }
        return _level[sink] >= 0;
    }

    // Depth is bounded by the level of the sink (at most V), small for deal graphs.
    private decimal Push(int v, int sink, decimal limit)
    {
        if (v == sink)
        {
            return limit;
        }
        var edges = _adjacent[v];
        for (; _next[v] < edges.Count; _next[v]++)
        {
            var e = edges[_next[v]];
            var w = _to[e];
            if (_residual[e] <= 0 || _level[w] != _level[v] + 1)
            {
                continue;
            }
            var pushed = Push(w, sink, Math.Min(limit, _residual[e]));
            if (pushed > 0)
            {
                _residual[e] -= pushed;
                _residual[e ^ 1] += pushed;
                return pushed;
            }
        }
        return 0m;
    }
}
