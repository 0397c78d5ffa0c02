using Dealgraph.Storage.Postgres;
using Dealgraph.Tests;

namespace Dealgraph.Storage.Tests;

[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;

/// <summary>The store contract on a real PostgreSQL server (a throwaway cluster; see <see cref="PostgresServer"/>).</summary>
[Collection("postgres")]
public sealed class PostgresDealStoreTests(PostgresServer server) : DealStoreContract
{
    private readonly Dictionary<string, string> _databases = [];

    protected override IDealStore CreateStore(string name = "main")
    {
        _databases[name] = server.CreateDatabase();
        return Track(PostgresDealStore.Open(_databases[name]));
    }

    protected override IDealStore ReopenStore(string name = "main") => Track(PostgresDealStore.Open(_databases[name]));

    protected override string BackToSchema2Sql => "DROP INDEX claims_id; DELETE FROM dealgraph_schema WHERE version = 3;";

    protected override void ExecuteSql(string sql, string name = "main")
    {
        using var connection = new Npgsql.NpgsqlConnection(_databases[name]);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    [Theory]
    [InlineData("postgres://alice:s%40cret@db.example:6543/ledger?sslmode=require", "Host=db.example;Port=6543;Database=ledger;Username=alice;Password=s@cret;SSL Mode=Require")]
    [InlineData("postgresql://bob@localhost/dealgraph", "Host=localhost;Port=5432;Database=dealgraph;Username=bob")]
    public void Postgres_urls_become_connection_strings(string url, string expected)
    {
        Assert.Equal(
            new Npgsql.NpgsqlConnectionStringBuilder(expected).OrderBy(kv => kv.Key),
            new Npgsql.NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(url)).OrderBy(kv => kv.Key));
    }
}
