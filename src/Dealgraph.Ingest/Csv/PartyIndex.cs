namespace Dealgraph.Ingest.Csv;

/// <summary>Party ids numbered in order of first appearance, looked up by span so a known id costs no string.</summary>
internal sealed class PartyIndex
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public PartyIndex() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The ids, by number.</summary>
    public List<string> Ids { get; } = [];

    /// <summary>How many ids there are.</summary>
    public int Count => Ids.Count;

    /// <summary>The number of an id, given one if it is new.</summary>
    public int Of(ReadOnlySpan<char> id)
    {
        if (!_lookup.TryGetValue(id, out var at))
        {
            var text = id.ToString();
            _index[text] = at = Ids.Count;
            Ids.Add(text);
        }
        return at;
    }
}
