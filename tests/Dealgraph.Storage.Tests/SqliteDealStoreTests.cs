using Dealgraph.Storage.Sqlite;
using Dealgraph.Tests;

namespace Dealgraph.Storage.Tests;

public sealed class SqliteDealStoreTests : DealStoreContract
{
    private readonly TempDirectory _temp = new();

    protected override IDealStore CreateStore(string name = "main") => Track(SqliteDealStore.Open(_temp.File(name + ".db")));

    // A second store on the same file: its own connection, as a second process would have.
    protected override IDealStore ReopenStore(string name = "main") => CreateStore(name);

    protected override string BackToSchema2Sql => "DROP INDEX claims_id; PRAGMA user_version = 2;";

    protected override void ExecuteSql(string sql, string name = "main")
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.File(name + ".db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        base.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public void The_database_runs_in_wal_mode()
    {
        CreateStore().Dispose();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_temp.File("main.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void A_database_from_a_newer_dealgraph_is_refused()
    {
        var path = _temp.File("future.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteDealStore.Open(path));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }
}
