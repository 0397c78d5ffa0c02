namespace Dealgraph.Core.Ledger;

/// <summary>
/// Maps names (parties, currencies) to dense integers 0, 1, 2, … in order of first sight.
/// Lookups take spans so that a streaming reader allocates a string only for a new name.
/// </summary>
public sealed class NameInterner
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<string> _names = [];

    /// <summary>Creates an empty interner sized for about <paramref name="capacity"/> names.</summary>
    public NameInterner(int capacity = 0)
    {
        _ids = new Dictionary<string, int>(capacity, StringComparer.Ordinal);
        _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of distinct names seen.</summary>
    public int Count => _names.Count;

    /// <summary>All names, indexed by their id.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>The id of a name, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        if (_bySpan.TryGetValue(name, out var id))
        {
            return id;
        }

        var text = name.ToString();
        id = _names.Count;
        _ids.Add(text, id);
        _names.Add(text);
        return id;
    }

    /// <summary>The id of a name, or −1 when it was never seen.</summary>
    public int Find(ReadOnlySpan<char> name) => _bySpan.TryGetValue(name, out var id) ? id : -1;

    /// <summary>The name with the given id.</summary>
    public string NameOf(int id) => _names[id];
}
