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
        var hits = new List<(int Pattern, int Start, int End)>();
        _automaton.Matches(text, start, end, hits);
        var result = new List<WordMatch<T>>();
        if (hits.Count == 0)
        {
            return result;
        }
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var covered = -1;
        foreach (var (pattern, s, e) in hits)
        {
            var (value, wordStart, wordEnd) = _entries[pattern];
            if (s < covered || (wordStart && s > 0 && char.IsAsciiLetterOrDigit(text[s - 1])) || (wordEnd && e < text.Length && char.IsAsciiLetterOrDigit(text[e])))
            {
                continue;
            }
            result.Add(new WordMatch<T>(value, text[s..e], new TextSpan(s, e)));
            covered = e;
        }
        return result;
    }
}
