namespace Dealgraph.Core.Analyses;

/// <summary>
/// Every simple directed cycle of a graph, by Johnson's algorithm (D. B. Johnson, "Finding all
/// the elementary circuits of a directed graph", SIAM J. Comput. 4(1), 1975): for each start
/// vertex s in index order, search the strongly connected part of the vertices ≥ s that holds s,
/// blocking vertices that cannot reach s until a cycle through them is found. Time is
/// O((V + E)(C + 1)) for C cycles. The search keeps its own stack, so long cycles cannot
/// overflow the thread's stack.
/// </summary>
public static class CycleFinder
{
    /// <summary>
    /// Cycles as vertex sequences, each starting at its smallest vertex, streamed as found.
    /// <paramref name="successors"/>[v] lists v's successors; duplicates and self-loops are ignored.
    /// </summary>
    public static IEnumerable<int[]> SimpleCycles(IReadOnlyList<IReadOnlyList<int>> successors)
    {
        ArgumentNullException.ThrowIfNull(successors);
        var n = successors.Count;
        var adjacency = new int[n][];
        var predecessors = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            predecessors[v] = [];
        }
        for (var v = 0; v < n; v++)
        {
            adjacency[v] = [.. successors[v].Where(w => w != v).Distinct()];
            foreach (var w in adjacency[v])
            {
                if (w < 0 || w >= n)
                {
                    throw new ArgumentException($"vertex {v} has successor {w} outside 0..{n - 1}", nameof(successors));
                }
                predecessors[w].Add(v);
            }
        }
        return Enumerate(adjacency, predecessors);
    }

    private static IEnumerable<int[]> Enumerate(int[][] adjacency, List<int>[] predecessors)
    {
        var n = adjacency.Length;
        var inComponent = new bool[n];
        var blocked = new bool[n];
        var blockedBy = new HashSet<int>[n];
        var path = new List<int>();
        var position = new int[n + 1];
        var closed = new bool[n + 1];
        for (var s = 0; s < n; s++)
        {
            var component = ComponentOf(s, adjacency, predecessors, inComponent);
            if (component.Count < 2)
            {
                foreach (var v in component)
                {
                    inComponent[v] = false;
                }
                continue;
            }
            foreach (var v in component)
            {
                blocked[v] = false;
                blockedBy[v]?.Clear();
            }
            path.Clear();
            path.Add(s);
            blocked[s] = true;
            position[0] = 0;
            closed[0] = false;
            while (path.Count > 0)
            {
                var depth = path.Count - 1;
                var v = path[depth];
                var successors = adjacency[v];
                var advanced = false;
                while (position[depth] < successors.Length)
                {
                    var w = successors[position[depth]++];
                    if (!inComponent[w])
                    {
                        continue;
                    }
                    if (w == s)
                    {
                        yield return [.. path];
                        closed[depth] = true;
                    }
                    else if (!blocked[w])
                    {
                        path.Add(w);
                        blocked[w] = true;
                        position[depth + 1] = 0;
                        closed[depth + 1] = false;
                        advanced = true;
                        break;
                    }
                }
                if (advanced)
                {
                    continue;
                }
                path.RemoveAt(depth);
                if (closed[depth])
                {
                    if (depth > 0)
                    {
                        closed[depth - 1] = true;
                    }
                    Unblock(v, blocked, blockedBy);
                }
                else
                {
                    foreach (var w in successors)
                    {
                        if (inComponent[w])
                        {
                            (blockedBy[w] ??= []).Add(v);
                        }
                    }
                }
            }
            foreach (var v in component)
            {
                inComponent[v] = false;
            }
        }
    }

    /// <summary>The vertices ≥ s that s reaches and that reach s, through vertices ≥ s; marks them.</summary>
    private static List<int> ComponentOf(int s, int[][] adjacency, List<int>[] predecessors, bool[] mark)
    {
        var forward = Reach(s, v => adjacency[v], s);
        var backward = Reach(s, v => predecessors[v], s);
        var component = new List<int>();
        foreach (var v in forward)
        {
            if (backward.Contains(v))
            {
                component.Add(v);
                mark[v] = true;
            }
        }
        return component;
    }

    private static HashSet<int> Reach(int start, Func<int, IEnumerable<int>> next, int floor)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (var w in next(queue.Dequeue()))
            {
                if (w >= floor && seen.Add(w))
                {
                    queue.Enqueue(w);
                }
            }
        }
        return seen;
    }

    private static void Unblock(int v, bool[] blocked, HashSet<int>[] blockedBy)
    {
        var stack = new Stack<int>();
        stack.Push(v);
        while (stack.Count > 0)
        {
            var u = stack.Pop();
            if (!blocked[u])
            {
                continue;
            }
            blocked[u] = false;
            if (blockedBy[u] is { Count: > 0 } waiting)
            {
                foreach (var w in waiting)
                {
                    stack.Push(w);
                }
                waiting.Clear();
            }
        }
    }
}
