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
        var scc = StronglyConnectedComponents(adjacency, predecessors);
        var closed = new bool[n + 1];
        for (var s = 0; s < n; s++)
        {
            var component = ComponentOf(s, adjacency, predecessors, scc, inComponent);
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

    /// <summary>
    /// The vertices ≥ s that s reaches and that reach s through vertices ≥ s; marks them. Such
    /// vertices lie in s's strongly connected component of the whole graph, so the search never
    /// leaves it (this keeps the per-start cost to the size of the component).
    /// </summary>
    private static List<int> ComponentOf(int s, int[][] adjacency, List<int>[] predecessors, int[] scc, bool[] mark)
    {
        var component = new List<int>();
        if (scc[s] < 0)
        {
            return component;
        }
        // Backward first, then forward inside it: a vertex on a path from s to a vertex that
        // reaches s reaches s too, so this is the intersection, at the cost of the smaller set.
        var backward = Reach(s, predecessors, s, scc, null);
        foreach (var v in Reach(s, adjacency, s, scc, backward))
        {
            component.Add(v);
            mark[v] = true;
        }
        return component;
    }

    private static HashSet<int> Reach(int start, IReadOnlyList<int>[] next, int floor, int[] scc, HashSet<int>? within)
    {
        var seen = new HashSet<int> { start };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            foreach (var w in next[queue.Dequeue()])
            {
                if (w >= floor && scc[w] == scc[start] && (within is null || within.Contains(w)) && seen.Add(w))
                {
                    queue.Enqueue(w);
                }
            }
        }
        return seen;
    }

    /// <summary>Kosaraju's algorithm, iterative: a component id per vertex, -1 for vertices alone in theirs (no cycle).</summary>
    private static int[] StronglyConnectedComponents(int[][] adjacency, List<int>[] predecessors)
    {
        var n = adjacency.Length;
        var order = new List<int>(n);
        var visited = new bool[n];
        var stack = new Stack<(int Vertex, int Next)>();
        for (var root = 0; root < n; root++)
        {
            if (visited[root])
            {
                continue;
            }
            visited[root] = true;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (v, i) = stack.Pop();
                if (i < adjacency[v].Length)
                {
                    stack.Push((v, i + 1));
                    var w = adjacency[v][i];
                    if (!visited[w])
                    {
                        visited[w] = true;
                        stack.Push((w, 0));
                    }
                }
                else
                {
                    order.Add(v);
                }
            }
        }
        var id = new int[n];
        Array.Fill(id, int.MinValue);
        var members = new List<int>();
        var next = 0;
        for (var k = n - 1; k >= 0; k--)
        {
            var root = order[k];
            if (id[root] != int.MinValue)
            {
                continue;
            }
            members.Clear();
            id[root] = next;
            var pending = new Stack<int>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var v = pending.Pop();
                members.Add(v);
                foreach (var u in predecessors[v])
                {
                    if (id[u] == int.MinValue)
                    {
                        id[u] = next;
                        pending.Push(u);
                    }
                }
            }
            if (members.Count == 1)
            {
                id[root] = -1;
            }
            next++;
        }
        return id;
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
