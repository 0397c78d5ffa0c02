using Dealgraph.Storage.Sqlite;

namespace Dealgraph.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a SQLite file path (PostgreSQL URLs arrive with the PostgreSQL store).</summary>
public static class DealStores
{
    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="location"/>.</summary>
    /// <exception cref="NotSupportedException">A <c>postgres://</c> URL: not available in this build.</exception>
    public static IDealStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException("PostgreSQL stores are not available in this version; use a SQLite file path");
        }
        return SqliteDealStore.Open(location);
    }

    /// <summary>True when the location names a store that already exists.</summary>
    public static bool Exists(string location) => File.Exists(location);
}
