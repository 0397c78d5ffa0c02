namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// An Aho–Corasick automaton over case-folded characters, compiled to a dense transition table:
/// finds every occurrence of many literal strings in one pass, a table lookup per character, so party
/// and cue-word matching costs O(text), not O(text × patterns).
/// </summary>
internal sealed class AhoCorasick
{
    private readonly List<Dictionary<char, int>> _trie = [new()];
    private readonly List<int> _lengths = [];
    private readonly List<List<int>> _trieOutputs = [[]];
    // Alphabet index of a character in two levels: page of its high byte, then its low byte. Pages without a
    // pattern character share the all-zero page 0, so the table is a few KB and stays in cache (a flat
    // 64K table per automaton did not, with Chinese text touching it all over).
    private readonly ushort[] _pageOf = new ushort[256];
    private ushort[] _pages = [];
    private int _width;
    private int[] _delta = [];
    private int[][] _outputs = [];

    /// <summary>Adds a pattern; returns its index. Call <see cref="Build"/> after the last one.</summary>
    public int Add(string pattern)
    {
        var state = 0;
        foreach (var ch in pattern)
        {
            var c = Fold(ch);
            if (!_trie[state].TryGetValue(c, out var to))
            {
                to = _trie.Count;
                _trie.Add([]);
                _trieOutputs.Add([]);
                _trie[state][c] = to;
            }
            state = to;
        }
        _trieOutputs[state].Add(_lengths.Count);
        _lengths.Add(pattern.Length);
        return _lengths.Count - 1;
    }

    /// <summary>Computes failure links breadth first and compiles the transition table.</summary>
    public void Build()
    {
        // Alphabet: the folded characters of the patterns; index 0 is "any other character".
        var letters = _trie.SelectMany(t => t.Keys).Distinct().Order().ToList();
        var index = new Dictionary<char, ushort>();
        foreach (var c in letters)
        {
            index[c] = (ushort)(index.Count + 1);
        }
        _width = index.Count + 1;
        var pages = new List<ushort[]> { new ushort[256] };
        for (var high = 0; high < 256; high++)
        {
            var page = new ushort[256];
            var used = false;
            for (var low = 0; low < 256; low++)
            {
                page[low] = index.GetValueOrDefault(Fold((char)((high << 8) | low)));
                used |= page[low] != 0;
            }
            if (used)
            {
                _pageOf[high] = (ushort)pages.Count;
                pages.Add(page);
            }
        }
        _pages = [.. pages.SelectMany(p => p)];
        var count = _trie.Count;
        _delta = new int[count * _width];
        var fail = new int[count];
        var outputs = _trieOutputs.Select(o => new List<int>(o)).ToArray();
        var queue = new Queue<int>();
        foreach (var (c, child) in _trie[0])
        {
            _delta[index[c]] = child;
            queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputs[state].AddRange(outputs[fail[state]]);
            // Missing transitions copy the failure state's row (already complete: it is shallower).
            Array.Copy(_delta, fail[state] * _width, _delta, state * _width, _width);
            foreach (var (c, child) in _trie[state])
            {
                fail[child] = _delta[(fail[state] * _width) + index[c]];
                _delta[(state * _width) + index[c]] = child;
                queue.Enqueue(child);
            }
        }
        _outputs = [.. outputs.Select(o => o.ToArray())];
    }

    /// <summary>Adds every match (pattern index, start, end) within [start, end) of the text to <paramref name="hits"/>.</summary>
    public void Matches(string text, int start, int end, List<(int Pattern, int Start, int End)> hits)
    {
        var state = 0;
        var pageOf = _pageOf;
        var pages = _pages;
        var delta = _delta;
        var width = _width;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            state = delta[(state * width) + pages[(pageOf[c >> 8] << 8) | (c & 0xFF)]];
            var found = _outputs[state];
            for (var k = 0; k < found.Length; k++)
            {
                var p = found[k];
                hits.Add((p, i + 1 - _lengths[p], i + 1));
            }
        }
    }

    /// <summary>Case folding that keeps positions: one character in, one out.</summary>
    public static char Fold(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
}
