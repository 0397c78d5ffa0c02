using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Finds parties by their names and aliases (Nvidia, NVDA, 輝達, 英偉達 …) with one automaton.
/// Latin aliases must stand as whole words; short all-capital tickers (AMD, OCI) must match case,
/// so "amd" in a URL or "oci" inside a word do not count.
/// </summary>
public sealed class PartyRecognizer
{
    private readonly AhoCorasick _automaton = new();
    private readonly List<(string PartyId, string Alias, bool CaseSensitive)> _patterns = [];

    /// <summary>Builds the automaton from each party's id, name and aliases.</summary>
    public PartyRecognizer(IEnumerable<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var alias in party.Aliases.Append(party.Name).Append(party.Id))
            {
                var a = alias.Trim();
                if (a.Length < 2 || !seen.Add(string.Concat(a.Select(AhoCorasick.Fold))))
                {
                    continue;
                }
                var caseSensitive = a.Length <= 5 && a.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.');
                _automaton.Add(a);
                _patterns.Add((party.Id, a, caseSensitive));
            }
        }
        _automaton.Build();
    }

    /// <summary>True when no party is known (nothing can match).</summary>
    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>Leftmost-longest, non-overlapping party mentions in [start, end).</summary>
    public IReadOnlyList<PartyMention> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = _threadRaw ??= [];
        var hits = _threadHits ??= [];
        raw.Clear();
        hits.Clear();
        _automaton.Matches(text, start, end, raw);
        if (raw.Count == 0)
        {
            return [];
        }
        foreach (var m in raw)
        {
            var (partyId, alias, caseSensitive) = _patterns[m.Pattern];
            if (caseSensitive && string.CompareOrdinal(text, m.Start, alias, 0, alias.Length) != 0)
            {
                continue;
            }
            if (IsWordChar(alias[0]) && m.Start > 0 && IsWordChar(text[m.Start - 1]))
            {
                continue;
            }
            if (IsWordChar(alias[^1]) && m.End < text.Length && IsWordChar(text[m.End]))
            {
                continue;
            }
            hits.Add(m);
        }
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var result = new List<PartyMention>();
        var covered = -1;
        foreach (var h in hits)
        {
            if (h.Start < covered)
            {
                continue;
            }
            result.Add(new PartyMention(_patterns[h.Pattern].PartyId, true, new TextSpan(h.Start, h.End)));
            covered = h.End;
        }
        return result;
    }

    // Buffers of this thread, reused from one sentence to the next.
    [ThreadStatic]
    private static List<(int Pattern, int Start, int End)>? _threadRaw;

    [ThreadStatic]
    private static List<(int Pattern, int Start, int End)>? _threadHits;

    private static bool IsWordChar(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || c == '_');
}
