using Dealgraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Dealgraph.Storage.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, foreign keys on, schema migrated on open.</summary>
public sealed class SqliteDealStore : IDealStore
{
    private const string BumpChangeStamp = "UPDATE dealgraph_changes SET stamp = stamp + 1 WHERE id = 1";

    private readonly SqliteConnection _connection;

    private SqliteDealStore(SqliteConnection connection, int schemaVersion)
    {
        _connection = connection;
        SchemaVersion = schemaVersion;
    }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>Opens or creates the database file and brings its schema up to date.</summary>
    public static SqliteDealStore Open(string path)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA cache_size=-65536;");
            return new SqliteDealStore(connection, Migrate(connection));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ImportSummary Import(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        // IMMEDIATE takes the write lock up front: a second importer waits (busy_timeout) instead of failing mid-way.
        using var transaction = _connection.BeginTransaction(deferred: false);
        var existing = SqliteLedgerReader.Read(_connection, transaction);
        var diff = LedgerDiff.Compute(existing, dataset);
        var summary = diff.Summary;
        using (var writer = new SqliteLedgerWriter(_connection, transaction))
        {
            writer.Write(diff);
        }
        if (summary.NothingChanged)
        {
            transaction.Rollback();
        }
        else
        {
            Execute(_connection, BumpChangeStamp, transaction);
            transaction.Commit();
        }
        return summary;
    }

    /// <inheritdoc />
    public Dataset Load()
    {
        using var transaction = _connection.BeginTransaction(deferred: true);
        return SqliteLedgerReader.Read(_connection, transaction);
    }

    /// <inheritdoc />
    public StoreCounts Count()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT count(*) FROM parties), (SELECT count(*) FROM sources), (SELECT count(*) FROM deals),
                   (SELECT count(*) FROM claims), (SELECT count(*) FROM facts), (SELECT count(*) FROM fx_rates)
            """;
        using var r = command.ExecuteReader();
        r.Read();
        return new StoreCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5));
    }

    /// <inheritdoc />
    public long ChangeStamp() => Convert.ToInt64(Scalar(_connection, "SELECT stamp FROM dealgraph_changes WHERE id = 1"), System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static int Migrate(SqliteConnection connection)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        var scripts = SqliteMigrations.Scripts;
        if (version > scripts.Count)
        {
            throw new InvalidOperationException($"database schema version {version} is newer than this dealgraph ({scripts.Count}); upgrade dealgraph");
        }
        if (version == scripts.Count)
        {
            return version;
        }
        using var transaction = connection.BeginTransaction(deferred: false);
        for (var v = version; v < scripts.Count; v++)
        {
            if (v + 1 == DuplicateClaimIds.UniqueFromVersion && v > 0)
            {
                DuplicateClaimIds.RefuseIfAny(connection, transaction);
            }
            Execute(connection, scripts[v], transaction);
            Execute(connection, $"PRAGMA user_version = {v + 1}", transaction);
        }
        transaction.Commit();
        return scripts.Count;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
