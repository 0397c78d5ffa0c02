using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

[Collection("postgres")]
public sealed class ExportCommandTests(PostgresServer server) : IDisposable
{
    private readonly CliRunner _cli = new();
    private readonly TempDirectory _out = new();

    public void Dispose()
    {
        _cli.Dispose();
        _out.Dispose();
    }

    [Fact]
    public void An_export_reimports_to_the_same_state_and_exports_identically()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);
        var first = Path.Combine(_out.Path, "first");
        var second = Path.Combine(_out.Path, "second");
        Assert.Equal(0, _cli.RunOnDb("export", "--out", first).ExitCode);
        var copy = Path.Combine(_out.Path, "copy.db");

        Assert.Equal(0, _cli.Run("import", first, "--db", copy).ExitCode);
        Assert.Equal(0, _cli.Run("export", "--out", second, "--db", copy).ExitCode);

        AssertSameFiles(first, second);
        Assert.Equal(_cli.RunOnDb("show", "nvidia-openai-loi-2025", "--format", "json").Output, _cli.Run("show", "nvidia-openai-loi-2025", "--format", "json", "--db", copy).Output);
        Assert.True(_cli.RunOnDb("import", first, "--format", "json").Output.Contains("\"updated\": {\n    \"parties\": 0,\n    \"sources\": 0,\n    \"deals\": 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_to_sqlite_to_export_to_postgres_to_export_gives_identical_datasets()
    {
        var postgres = server.CreateDatabase();
        var fromSqlite = Path.Combine(_out.Path, "sqlite");
        var fromPostgres = Path.Combine(_out.Path, "postgres");
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);
        Assert.Equal(0, _cli.RunOnDb("export", "--out", fromSqlite).ExitCode);

        Assert.Equal(0, _cli.Run("import", fromSqlite, "--db", postgres).ExitCode);
        Assert.Equal(0, _cli.Run("export", "--out", fromPostgres, "--db", postgres).ExitCode);

        AssertSameFiles(fromSqlite, fromPostgres);
    }

    [Fact]
    public void Export_without_out_is_refused()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);

        var result = _cli.RunOnDb("export");

        Assert.NotEqual(0, result.ExitCode);
    }

    private static void AssertSameFiles(string a, string b)
    {
        var left = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        var right = Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(left, right);
        Assert.True(left.Count > 25);
        foreach (var file in left)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(a, file)), File.ReadAllText(Path.Combine(b, file)));
        }
    }
}
