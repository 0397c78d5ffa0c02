using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>The same commands on SQLite and on PostgreSQL print the same JSON, byte for byte.</summary>
[Collection("postgres")]
public sealed class StoreParityTests(PostgresServer server) : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Sqlite_and_postgres_answer_the_example_identically()
    {
        var postgres = server.CreateDatabase();
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);
        var imported = _cli.Run("import", RepoPaths.Example, "--db", postgres);
        Assert.True(imported.ExitCode == 0, imported.Errors);

        foreach (var query in new[]
        {
            new[] { "deals", "--as-of", "2025-10-01" }, ["deals", "--as-of", "2026-02-01"], ["show", "nvidia-openai-loi-2025", "--as-of", "2026-03-10"],
            ["reality", "--as-of", "2026-03-31"], ["runway", "--as-of", "2026-03-31"],
        })
        {
            var onSqlite = _cli.RunOnDb([.. query, "--format", "json"]);
            var onPostgres = _cli.Run([.. query, "--format", "json", "--db", postgres]);
            Assert.Equal(0, onPostgres.ExitCode);
            Assert.Equal(onSqlite.Output, onPostgres.Output);
        }
        Assert.True(_cli.Run("import", RepoPaths.Example, "--db", postgres, "--format", "json").Output.Contains("\"added\"", StringComparison.Ordinal));
    }
}
