namespace Dealgraph.Storage;

/// <summary>The entities of one kind that an import adds, replaces, or finds already stored as given.</summary>
/// <typeparam name="T">Entity type, compared by value.</typeparam>
/// <param name="Added">Not stored yet.</param>
/// <param name="Updated">Stored with other content: replaced whole.</param>
/// <param name="Unchanged">Stored exactly as given.</param>
public sealed record Changes<T>(IReadOnlyList<T> Added, IReadOnlyList<T> Updated, IReadOnlyList<T> Unchanged)
{
    /// <summary>Sorts <paramref name="incoming"/> against <paramref name="existing"/> by key and value equality.</summary>
    public static Changes<T> Of(IReadOnlyList<T> existing, IReadOnlyList<T> incoming, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var stored = existing.ToDictionary(key, StringComparer.Ordinal);
        List<T> added = [], updated = [], unchanged = [];
        foreach (var item in incoming)
        {
            var list = !stored.TryGetValue(key(item), out var old) ? added
                : EqualityComparer<T>.Default.Equals(old, item) ? unchanged
                : updated;
            list.Add(item);
        }
        return new Changes<T>(added, updated, unchanged);
    }
}
