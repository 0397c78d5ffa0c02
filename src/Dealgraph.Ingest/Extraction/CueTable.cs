namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// A table of cue words (English, Chinese) and what each signals, matched in one pass by an
/// <see cref="AhoCorasick"/> automaton. Patterns are literals with small alternations, expanded
/// up front: <c>invest(s|ed|ing)?</c>, <c>denie[sd]</c>, <c>non-?binding</c>. English cues must
/// stand as whole words; matches are leftmost-longest and do not overlap.
/// </summary>
/// <typeparam name="T">What a cue signals.</typeparam>
internal sealed class CueTable<T>
{
    private readonly AhoCorasick _automaton = new();
    private readonly List<(T Value, bool WordStart, bool WordEnd)> _entries = [];

    /// <summary>Builds the table from patterns and their meanings.</summary>
    public CueTable(params (string Pattern, T Value)[] cues)
    {
        foreach (var (pattern, value) in cues)
        {
            foreach (var literal in CuePattern.Expand(pattern))
            {
                _automaton.Add(literal);
                _entries.Add((value, char.IsAsciiLetter(literal[0]), char.IsAsciiLetter(literal[^1])));
            }
        }
        _automaton.Build();
    }

    /// <summary>Every cue in [start, end), in text order.</summary>
    public List<WordMatch<T>> Find(string text, int start, int end)
    {
        var result = new List<WordMatch<T>>();
        var cues = Scan(text, start, end);
        foreach (var (value, s, e) in cues)
        {
            result.Add(new WordMatch<T>(value, text[s..e], new TextSpan(s, e)));
        }
        cues.Clear();
        return result;
    }

    /// <summary>True when at least one cue stands in [start, end).</summary>
    public bool Any(string text, int start, int end)
    {
        var cues = Scan(text, start, end);
        var any = cues.Count > 0;
        cues.Clear();
        return any;
    }

    /// <summary>
    /// Every cue in [start, end) without building strings, in a buffer of this thread that the next call
    /// reuses: read it before calling again.
    /// </summary>
    public List<(T Value, int Start, int End)> Scan(string text, int start, int end)
    {
        var hits = _threadHits ??= [];
        var cues = _threadCues ??= [];
        hits.Clear();
        cues.Clear();
        _automaton.Matches(text, start, end, hits);
        if (hits.Count == 0)
        {
            return cues;
        }
        hits.Sort(LeftmostLongest);
        var covered = -1;
        foreach (var (pattern, s, e) in hits)
        {
            var (value, wordStart, wordEnd) = _entries[pattern];
            if (s < covered || (wordStart && s > 0 && char.IsAsciiLetterOrDigit(text[s - 1])) || (wordEnd && e < text.Length && char.IsAsciiLetterOrDigit(text[e])))
            {
                continue;
            }
            cues.Add((value, s, e));
            covered = e;
        }
        return cues;
    }

    private static readonly Comparison<(int Pattern, int Start, int End)> LeftmostLongest =
        (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End);

    [ThreadStatic]
    private static List<(int Pattern, int Start, int End)>? _threadHits;

    [ThreadStatic]
    private static List<(T Value, int Start, int End)>? _threadCues;
}
