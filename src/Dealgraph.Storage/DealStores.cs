using Dealgraph.Storage.Postgres;
using Dealgraph.Storage.Sqlite;

namespace Dealgraph.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a <c>postgres://</c> URL (or Npgsql connection string), else a SQLite file path.</summary>
public static class DealStores
{
    /// <summary>Opens (creating and migrating if needed) the store at <paramref name="location"/>.</summary>
    public static IDealStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        return PostgresUrl.IsPostgres(location) ? PostgresDealStore.Open(location) : SqliteDealStore.Open(location);
    }

    /// <summary>True when the location names a store that already exists (a PostgreSQL server is taken to exist; connecting tells).</summary>
    public static bool Exists(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return PostgresUrl.IsPostgres(location) || File.Exists(location);
    }
}
