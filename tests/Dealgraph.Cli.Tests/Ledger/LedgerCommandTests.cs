using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests.Ledger;

public sealed class LedgerCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Generate(int transactions = 20_000, int planted = 25)
    {
        var path = _cli.TempFile("ledger.csv");
        var result = _cli.Run("ledger", "generate", "--parties", "2000", "--transactions", $"{transactions}", "--planted", $"{planted}", "--seed", "9", "--out", path);
        Assert.True(result.ExitCode == 0, result.Errors + result.Output);
        return path;
    }

    [Fact]
    public void Generated_ledger_loops_finds_every_planted_round_trip_as_json_lines()
    {
        var path = Generate();
        var result = _cli.Run("ledger", "loops", path, "--max-hops", "6", "--window", "30d", "--tolerance", "0.1");
        Assert.Equal(0, result.ExitCode);
        var found = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToList();
        var keys = found.Select(e => string.Join(' ', e.GetProperty("transactions").EnumerateArray().Select(x => x.GetString()))).ToHashSet();
        var planted = File.ReadAllLines(path + ".truth.jsonl")
            .Select(l => string.Join(' ', JsonDocument.Parse(l).RootElement.GetProperty("transactions").EnumerateArray().Select(x => x.GetString())))
            .ToList();
        Assert.Equal(25, planted.Count);
        Assert.All(planted, p => Assert.Contains(p, keys));
        Assert.All(found, e => Assert.Equal(e.GetProperty("transactions").GetArrayLength(), e.GetProperty("parties").GetArrayLength()));
    }

    [Fact]
    public void Limit_stops_after_n_round_trips_and_csv_has_a_header()
    {
        var path = Generate();
        var out_ = _cli.TempFile("trips.csv");
        var result = _cli.Run("ledger", "loops", path, "--max-hops", "6", "--limit", "3", "--format", "csv", "--out", out_);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(out_);
        Assert.Equal("transactions,parties,start,end,amount,currency", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void A_bad_row_exits_2_naming_file_line_and_field()
    {
        var path = RepoPaths.Data("ledger", "bad-negative.csv");
        var result = _cli.Run("ledger", "loops", path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {path}:3: amount: negative amount '-100.00'", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_bad_counts_the_rows_and_writes_the_rejects_file()
    {
        var rejects = _cli.TempFile("rejects.csv");
        var result = _cli.Run("ledger", "loops", RepoPaths.Data("ledger", "mixed-bad.csv"), "--skip-bad", "--rejects", rejects);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("skipped 5 bad rows", result.Errors, StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllLines(rejects).Length);
        Assert.Contains("\"transactions\":[\"1\",\"3\",\"5\"]", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--window", "30 days")]
    [InlineData("--max-hops", "1")]
    [InlineData("--tolerance", "-1")]
    public void Impossible_options_exit_2(string option, string value)
    {
        var result = _cli.Run("ledger", "loops", RepoPaths.Data("ledger", "good.csv"), option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_reports_rows_parties_currencies_span_and_top_payers()
    {
        var path = Generate(transactions: 5_000, planted: 5);
        var result = _cli.Run("ledger", "stats", path, "--format", "json", "--top", "3");
        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(5_000, json.GetProperty("rows").GetInt32());
        Assert.Equal(3, json.GetProperty("topPayers").GetArrayLength());
        Assert.Equal(5_000, json.GetProperty("currencies").EnumerateArray().Sum(c => c.GetProperty("transactions").GetInt64()));
        Assert.StartsWith("2025-01-01", json.GetProperty("first").GetString(), StringComparison.Ordinal);
    }
}
