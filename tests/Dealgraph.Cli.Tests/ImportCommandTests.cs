using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, int, string, string> BadFiles => new()
    {
        { "invalid-yaml.yaml", 21, "", "invalid YAML" },
        { "unknown-party.yaml", 14, "deals[0].payer", "unknown party id 'nvidiaa'" },
        { "bad-date.yaml", 17, "deals[0].claims[0].reported", "'2026-02-30' is not a valid ISO date" },
        { "bad-amount.yaml", 19, "deals[0].claims[0].headline", "'bilion' in '100 bilion' is not a scale word" },
        { "bad-currency.yaml", 19, "deals[0].claims[0].headline.currency", "'XYZ' is not an ISO 4217 currency code" },
        { "duplicate-deal.yaml", 19, "deals[1].id", "duplicate deal id 'nvidia-openai-loi'" },
        { "missing-source.yaml", 17, "deals[0].claims[0].source", "is required" },
        { "unknown-source.yaml", 18, "deals[0].claims[0].source", "unknown source id 'reuters-2026-01-30'" },
        { "unknown-key.yaml", 19, "deals[0].claims[0].stauts", "unknown key" },
        { "aliases.yaml", 2, "", "anchors" },
        { "empty.yaml", 1, "", "the file is empty" },
        { "comment-only.yaml", 1, "", "the file is empty" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Bad_input_exits_2_naming_file_line_and_field_and_writes_nothing(string file, int line, string field, string problem)
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);
        var before = _cli.DbHash();
        var path = RepoPaths.Data("bad", file);

        var result = _cli.RunOnDb("import", path);

        Assert.Equal(2, result.ExitCode);
        var message = Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path}:{line}: {(field.Length > 0 ? field + ": " : "")}", message);
        Assert.Contains(problem, message, StringComparison.Ordinal);
        Assert.Equal(before, _cli.DbHash());
    }

    [Theory]
    [InlineData("bad-amount.yaml")]
    [InlineData("invalid-utf8.yaml")]
    [InlineData("empty.yaml")]
    [InlineData("comment-only.yaml")]
    public void Bad_input_into_a_new_database_creates_no_file(string file)
    {
        var result = _cli.RunOnDb("import", RepoPaths.Data("bad", file));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(_cli.Db));
    }

    [Fact]
    public void Reimporting_an_unchanged_dataset_leaves_the_database_byte_for_byte_as_it_was()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);
        var before = _cli.DbHash();

        var again = _cli.Json("import", RepoPaths.Data("datasets", "mini"));

        Assert.Equal(before, _cli.DbHash());
        Assert.Equal(0, again.GetProperty("added").GetProperty("deals").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetProperty("deals").GetInt32());
        Assert.Equal(2, again.GetProperty("unchanged").GetProperty("deals").GetInt32());
    }

    [Fact]
    public void A_changed_file_replaces_what_it_states_and_leaves_the_rest()
    {
        using var temp = new TempDirectory();
        CopyDirectory(RepoPaths.Data("datasets", "mini"), temp.Path);
        Assert.Equal(0, _cli.RunOnDb("import", temp.Path).ExitCode);
        var round = Path.Combine(temp.Path, "deals", "nvidia-openai-round.yaml");
        File.WriteAllText(round, File.ReadAllText(round).Replace("USD 30e9", "USD 20e9", StringComparison.Ordinal));

        var summary = _cli.Json("import", round);

        Assert.Equal(1, summary.GetProperty("updated").GetProperty("deals").GetInt32());
        var deals = _cli.Json("deals", "--as-of", "2026-03-01").GetProperty("deals");
        var updated = deals.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "nvidia-openai-round");
        Assert.Equal(20e9m, updated.GetProperty("headline").GetProperty("low").GetDecimal());
        Assert.Contains(deals.EnumerateArray(), d => d.GetProperty("id").GetString() == "nvidia-openai-loi");
        using var store = DealStores.Open(_cli.Db);
        Assert.Equal(6, store.Count().Claims);
    }

    [Fact]
    public void A_deal_file_alone_may_refer_to_parties_and_sources_already_stored()
    {
        Assert.Equal(0, _cli.RunOnDb("import", Path.Combine(RepoPaths.Data("datasets", "mini"), "parties.yaml"), Path.Combine(RepoPaths.Data("datasets", "mini"), "sources.yaml")).ExitCode);

        var result = _cli.RunOnDb("import", Path.Combine(RepoPaths.Data("datasets", "mini"), "deals", "nvidia-openai-round.yaml"));

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void A_claim_id_another_stored_deal_holds_is_refused_with_exit_2_naming_file_line_and_deal_and_writes_nothing()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini"), RepoPaths.Data("claim-ids", "first.yaml")).ExitCode);
        var before = _cli.DbHash();
        var second = RepoPaths.Data("claim-ids", "second.yaml");

        var result = _cli.RunOnDb("import", second);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {second}:8: claims[0].id: claim id 'shared-claim' already belongs to deal first-loan", result.Errors.Trim());
        Assert.Equal(before, _cli.DbHash());
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("claim-ids", "first.yaml")).ExitCode);
    }

    [Fact]
    public void A_deal_file_emptied_inside_a_dataset_folder_fails_the_whole_import()
    {
        using var temp = new TempDirectory();
        CopyDirectory(RepoPaths.Data("datasets", "mini"), temp.Path);
        Assert.Equal(0, _cli.RunOnDb("import", temp.Path).ExitCode);
        var before = _cli.DbHash();
        var round = Path.Combine(temp.Path, "deals", "nvidia-openai-round.yaml");
        File.Copy(RepoPaths.Data("bad", "comment-only.yaml"), round, overwrite: true);

        var result = _cli.RunOnDb("import", temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {round}:1: the file is empty", result.Errors, StringComparison.Ordinal);
        Assert.Equal(before, _cli.DbHash());
    }

    [Fact]
    public void Deleting_a_fact_from_a_reimported_facts_file_removes_it_and_the_summary_says_so()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini"), RepoPaths.Data("facts-reimport", "before")).ExitCode);

        var summary = _cli.Json("import", RepoPaths.Data("facts-reimport", "after"));
        var restored = _cli.Json("import", RepoPaths.Data("facts-reimport", "before"));
        var table = _cli.RunOnDb("import", RepoPaths.Data("facts-reimport", "after"));

        Assert.Equal(1, summary.GetProperty("removed").GetProperty("facts").GetInt32());
        Assert.Equal((1, 0), (restored.GetProperty("added").GetProperty("facts").GetInt32(), restored.GetProperty("removed").GetProperty("facts").GetInt32()));
        var removedRow = table.Output.Split('\n').Single(line => line.Contains("removed", StringComparison.Ordinal)).Split('│').Select(c => c.Trim()).ToArray();
        Assert.Equal(["removed", "0", "0", "0", "0", "1", "0"], removedRow[1..^1]);
        using var store = DealStores.Open(_cli.Db);
        Assert.Equal(4, store.Count().Facts);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
