namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// An Aho–Corasick automaton over case-folded characters: finds every occurrence of many
/// alias strings in one pass over the text, so party matching costs O(text), not O(text × aliases).
/// </summary>
internal sealed class AhoCorasick
{
    private readonly List<Dictionary<char, int>> _next = [new()];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _outputs = [[]];
    private readonly List<int> _lengths = [];

    /// <summary>Adds a pattern; returns its index. Call <see cref="Build"/> after the last one.</summary>
    public int Add(string pattern)
    {
        var state = 0;
        foreach (var ch in pattern)
        {
            var c = Fold(ch);
            if (!_next[state].TryGetValue(c, out var to))
            {
                to = _next.Count;
                _next.Add([]);
                _fail.Add(0);
                _outputs.Add([]);
                _next[state][c] = to;
            }
            state = to;
        }
        _outputs[state].Add(_lengths.Count);
        _lengths.Add(pattern.Length);
        return _lengths.Count - 1;
    }

    /// <summary>Computes failure links (breadth first) and merges outputs along them.</summary>
    public void Build()
    {
        var queue = new Queue<int>();
        foreach (var (_, child) in _next[0])
        {
            _fail[child] = 0;
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                var f = _fail[state];
                while (f != 0 && !_next[f].ContainsKey(c))
                {
                    f = _fail[f];
                }
                _fail[child] = _next[f].TryGetValue(c, out var t) && t != child ? t : 0;
                _outputs[child].AddRange(_outputs[_fail[child]]);
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Every match as (pattern index, start, end) within [start, end) of the text.</summary>
    public IEnumerable<(int Pattern, int Start, int End)> Matches(string text, int start, int end)
    {
        var state = 0;
        for (var i = start; i < end; i++)
        {
            var c = Fold(text[i]);
            while (state != 0 && !_next[state].ContainsKey(c))
            {
                state = _fail[state];
            }
            state = _next[state].TryGetValue(c, out var to) ? to : 0;
            foreach (var p in _outputs[state])
            {
                yield return (p, i + 1 - _lengths[p], i + 1);
            }
        }
    }

    /// <summary>Case folding that keeps positions: one character in, one out.</summary>
    public static char Fold(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
