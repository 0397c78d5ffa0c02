using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// Finds parties by their names and aliases (Nvidia, NVDA, 輝達, 英偉達 …), also without a legal form
/// ("Atlas Capital" for "Atlas Capital LLC"), with one automaton.
/// Latin aliases must stand as whole words; short all-capital tickers (AMD, OCI) must match case,
/// so "amd" in a URL or "oci" inside a word do not count.
/// </summary>
public sealed class PartyRecognizer
{
    private readonly AhoCorasick _automaton = new();
    private readonly List<(string PartyId, string Alias, bool CaseSensitive)> _patterns = [];

    /// <summary>
    /// Builds the automaton from each party's id, name and aliases, and from the names and aliases without their
    /// legal form ("Atlas Capital" for "Atlas Capital LLC", <see cref="LegalFormSuffix"/>) that no other party
    /// claims: a short name two parties share, or one that is another party's name or alias, names neither.
    /// </summary>
    public PartyRecognizer(IEnumerable<Party> parties)
    {
        ArgumentNullException.ThrowIfNull(parties);
        var list = parties.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in list)
        {
            foreach (var alias in party.Aliases.Append(party.Name).Append(party.Id))
            {
                Add(party.Id, alias.Trim(), seen);
            }
        }
        foreach (var (shortName, partyId) in UnclaimedShortNames(list, seen))
        {
            Add(partyId, shortName, seen);
        }
        _automaton.Build();
    }

    private void Add(string partyId, string a, HashSet<string> seen)
    {
        if (a.Length < 2 || !seen.Add(Folded(a)))
        {
            return;
        }
        var caseSensitive = a.Length <= 5 && a.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.');
        _automaton.Add(a);
        _patterns.Add((partyId, a, caseSensitive));
    }

    /// <summary>Short names that are nobody's stated name and that only one party gives.</summary>
    private static List<(string ShortName, string PartyId)> UnclaimedShortNames(List<Party> parties, HashSet<string> stated)
    {
        var owners = new Dictionary<string, (string ShortName, string? PartyId)>(StringComparer.Ordinal);
        foreach (var party in parties)
        {
            foreach (var full in party.Aliases.Append(party.Name))
            {
                foreach (var shortName in LegalFormSuffix.ShortNames(full))
                {
                    var key = Folded(shortName);
                    if (stated.Contains(key))
                    {
                        continue;
                    }
                    // Two parties giving one short name ("Orion Capital LLC", "Orion Capital Ltd"): it names neither.
                    owners[key] = owners.TryGetValue(key, out var owner) && owner.PartyId != party.Id ? (shortName, null) : (shortName, party.Id);
                }
            }
        }
        return [.. owners.Values.Where(o => o.PartyId is not null).Select(o => (o.ShortName, o.PartyId!))];
    }

    private static string Folded(string alias) => string.Concat(alias.Select(AhoCorasick.Fold));

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
