using Dealgraph.Core.Model;
using Npgsql;

namespace Dealgraph.Storage.Postgres;

/// <summary>
/// The shared store for teams: PostgreSQL through Npgsql. Imports are one transaction
/// serialized by an advisory lock (a second importer waits, it never interleaves); readers
/// load in a repeatable-read snapshot, so they never see half an import.
/// </summary>
public sealed class PostgresDealStore : IDealStore
{
    /// <summary>Advisory lock key taken by imports and migrations ("dealgraph" in ASCII, truncated).</summary>
    internal const long ImportLock = 0x6465616C67726170;

    private readonly NpgsqlDataSource _dataSource;

    private PostgresDealStore(NpgsqlDataSource dataSource, int schemaVersion)
    {
        _dataSource = dataSource;
        SchemaVersion = schemaVersion;
    }

    /// <inheritdoc />
    public int SchemaVersion { get; }

    /// <summary>Connects and brings the schema up to date.</summary>
    /// <param name="location">A <c>postgres://</c> URL or an Npgsql connection string.</param>
    public static PostgresDealStore Open(string location)
    {
        var dataSource = NpgsqlDataSource.Create(PostgresUrl.ToConnectionString(location));
        try
        {
            return new PostgresDealStore(dataSource, Migrate(dataSource));
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public ImportSummary Import(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.ReadCommitted);
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({ImportLock})");
        // Read after taking the lock: the diff is against what the previous import committed.
        var diff = LedgerDiff.Compute(PostgresLedgerReader.Read(connection, transaction), dataset);
        var summary = diff.Summary;
        if (summary.NothingChanged)
        {
            transaction.Rollback();
            return summary;
        }
        new PostgresLedgerWriter(connection, transaction).Write(diff);
        Execute(connection, transaction, "UPDATE dealgraph_changes SET stamp = stamp + 1 WHERE id = 1");
        transaction.Commit();
        return summary;
    }

    /// <inheritdoc />
    public Dataset Load()
    {
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var dataset = PostgresLedgerReader.Read(connection, transaction);
        transaction.Commit();
        return dataset;
    }

    /// <inheritdoc />
    public StoreCounts Count()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM parties)::int, (SELECT count(*) FROM sources)::int, (SELECT count(*) FROM deals)::int,
                   (SELECT count(*) FROM claims)::int, (SELECT count(*) FROM facts)::int, (SELECT count(*) FROM fx_rates)::int
            """, connection);
        using var r = command.ExecuteReader();
        r.Read();
        return new StoreCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5));
    }

    /// <inheritdoc />
    public long ChangeStamp()
    {
        using var connection = _dataSource.OpenConnection();
        using var command = new NpgsqlCommand("SELECT stamp FROM dealgraph_changes WHERE id = 1", connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose() => _dataSource.Dispose();

    private static int Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({ImportLock})");
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS dealgraph_schema (version integer NOT NULL)");
        using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM dealgraph_schema", connection, transaction);
        var version = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        var scripts = PostgresMigrations.Scripts;
        if (version > scripts.Count)
        {
            throw new InvalidOperationException($"database schema version {version} is newer than this dealgraph ({scripts.Count}); upgrade dealgraph");
        }
        for (var v = version; v < scripts.Count; v++)
        {
            if (v + 1 == DuplicateClaimIds.UniqueFromVersion && v > 0)
            {
                DuplicateClaimIds.RefuseIfAny(connection, transaction);
            }
            Execute(connection, transaction, scripts[v]);
            Execute(connection, transaction, $"INSERT INTO dealgraph_schema (version) VALUES ({v + 1})");
        }
        transaction.Commit();
        return scripts.Count;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }
}
