using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests.Ledger;

/// <summary>
/// LedgerApp is what the native front runs (and what every build runs for these verbs): it must
/// answer exactly as the full app does.
/// </summary>
public sealed class LedgerAppTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("ledger", "loops", "x.csv", true)]
    [InlineData("ledger", "generate", "--out", true)]
    [InlineData("ledger", "stats", "x.csv", false)]
    [InlineData("ledger", "--help", "", false)]
    [InlineData("loops", "--as-of", "2026-01-01", false)]
    [InlineData("LEDGER", "loops", "x.csv", false)]
    public void Only_ledger_loops_and_generate_go_to_the_ledger_app(string verb, string next, string more, bool handled) =>
        Assert.Equal(handled, LedgerApp.Handles([verb, next, more]));

    [Fact]
    public void Generate_and_loops_answer_byte_for_byte_as_the_full_app_does()
    {
        string[] Generate(string name) =>
            ["ledger", "generate", "--parties", "1500", "--transactions", "15000", "--planted", "20", "--seed", "4", "--out", _cli.TempFile(name)];
        var full = _cli.Run(Generate("full.csv"));
        var ledger = _cli.Run(LedgerApp.Configure, Generate("ledger.csv"));
        Assert.Equal((0, 0), (full.ExitCode, ledger.ExitCode));
        Assert.Equal(File.ReadAllBytes(_cli.TempFile("full.csv")), File.ReadAllBytes(_cli.TempFile("ledger.csv")));
        Assert.Equal(File.ReadAllBytes(_cli.TempFile("full.csv.truth.jsonl")), File.ReadAllBytes(_cli.TempFile("ledger.csv.truth.jsonl")));

        foreach (var format in new[] { "jsonl", "csv", "table" })
        {
            string[] loops = ["ledger", "loops", _cli.TempFile("full.csv"), "--max-hops", "6", "--format", format];
            var expected = _cli.Run(loops);
            var actual = _cli.Run(LedgerApp.Configure, loops);
            Assert.Equal(0, actual.ExitCode);
            Assert.Equal(expected.Output, actual.Output);
            Assert.Contains("\n", actual.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bad_row_fails_the_same_way_in_the_ledger_app()
    {
        var path = RepoPaths.Data("ledger", "bad-negative.csv");
        var full = _cli.Run("ledger", "loops", path);
        var ledger = _cli.Run(LedgerApp.Configure, "ledger", "loops", path);
        Assert.Equal((2, full.Errors), (ledger.ExitCode, ledger.Errors));
    }
}
