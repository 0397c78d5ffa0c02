using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>
/// SQL metacharacters, wildcards, backslashes and NUL in every filter option and every id
/// argument of the CLI, on both stores: a clear error with exit code 2, and the store holds what
/// it held before. Dataset files that are not UTF-8 are refused the same way.
/// </summary>
[Collection("postgres")]
public sealed class HostileArgumentTests(PostgresServer postgres) : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string> OnBothStores()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { "sqlite", "postgres" })
        {
            foreach (var value in new[] { "' OR 1=1 --", "\"; DROP TABLE claims; --", "%", "_", "\\", "\\'; --", "\0", "nvidia\0' OR 1=1", "%' OR '%'='" })
            {
                data.Add(store, value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OnBothStores))]
    public void Hostile_text_in_every_filter_and_id_is_exit_2_and_changes_nothing(string store, string value)
    {
        var db = store == "sqlite" ? _cli.Db : postgres.CreateDatabase();
        Assert.Equal(0, _cli.Run("import", RepoPaths.Example, "--db", db).ExitCode);
        var before = _cli.Run("export", "--out", _cli.TempFile("before"), "--db", db);
        Assert.Equal(0, before.ExitCode);
        string[][] commands =
        [
            ["show", value], ["deals", "--party", value], ["deals", "--kind", value], ["deals", "--status", value], ["deals", "--as-of", value],
            ["reality", "--party", value], ["reality", "--currency", value], ["runway", "--party", value], ["parties", "--as-of", value],
            ["loops", "--party", value], ["loops", "--basis", value], ["loops", "--currency", value],
            ["stress", "--fails", value], ["stress", "--fails", "openai", "--shock", value], ["stress", "--fails", "openai", "--unknown-cash", value],
            ["stress", "--fails", "openai", "--currency", value],
        ];

        foreach (var command in commands)
        {
            var result = _cli.Run([.. command, "--db", db]);
            Assert.True(result.ExitCode == 2, $"{string.Join(' ', command)}: exit {result.ExitCode} {result.Errors}{result.Output}");
            Assert.StartsWith("error: ", result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Errors + result.Output, StringComparison.Ordinal);
        }

        Assert.Equal(0, _cli.Run("export", "--out", _cli.TempFile("after"), "--db", db).ExitCode);
        Assert.Equal(Folder(_cli.TempFile("before")), Folder(_cli.TempFile("after")));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public void A_dataset_file_that_is_not_utf8_is_exit_2_naming_the_file_and_writes_nothing(string store)
    {
        var db = store == "sqlite" ? _cli.Db : postgres.CreateDatabase();
        Assert.Equal(0, _cli.Run("import", RepoPaths.Example, "--db", db).ExitCode);
        var file = _cli.TempFile("parties.yaml");
        File.WriteAllBytes(file, [.. "- id: x"u8, 0xFF, 0xFE, .. "\n  name: X\n  kind: company\n"u8]);

        var result = _cli.Run("import", file, "--db", db, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(file, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("\"x\"", _cli.Run("parties", "--db", db, "--format", "json").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(65)]
    public void A_dataset_file_nested_too_deep_is_exit_2_not_a_crash(int depth)
    {
        var file = _cli.TempFile("parties.yaml");
        File.WriteAllText(file, new string('[', depth) + new string(']', depth) + "\n");

        var result = _cli.RunOnDb("import", file);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nested deeper than 64 levels", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_cli.Db));
    }

    private static string Folder(string path) =>
        string.Join("\n", Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(path, f) + "\n" + File.ReadAllText(f)));
}
