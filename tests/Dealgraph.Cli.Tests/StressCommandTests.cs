using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary><c>dealgraph stress</c> on the bundled example and on CSV files under tests/data/stress.</summary>
public sealed class StressCommandTests : IDisposable
{
    private const string AsOf = "2026-06-30";
    private readonly CliRunner _cli = new();

    public StressCommandTests() => Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void OpenAI_failing_leaves_Oracle_and_Microsoft_short_of_what_they_were_owed()
    {
        var parties = _cli.Json("stress", "--as-of", AsOf, "--fails", "openai", "--unknown-cash", "owed").GetProperty("parties")
            .EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);

        var openai = parties["openai"];
        Assert.True(openai.GetProperty("defaulted").GetBoolean());
        Assert.Equal(0, openai.GetProperty("round").GetInt32());
        Assert.Equal(0m, openai.GetProperty("paid").GetDecimal());
        Assert.Equal(openai.GetProperty("owed").GetDecimal(), openai.GetProperty("shortfall").GetDecimal());
        // About $300B of Oracle compute and $250B of Azure are binding and unpaid.
        Assert.Equal(300e9m, parties["oracle"].GetProperty("loss").GetDecimal());
        Assert.Equal(250e9m, parties["microsoft"].GetProperty("loss").GetDecimal());
        // Assumed able to pay what they owe, nobody else defaults.
        Assert.All(parties.Values.Where(p => p.GetProperty("id").GetString() != "openai"), p => Assert.False(p.GetProperty("defaulted").GetBoolean()));
    }

    [Fact]
    public void Without_cash_facts_the_failure_cascades_through_parties_that_pay_from_receipts()
    {
        var report = _cli.Json("stress", "--as-of", AsOf, "--fails", "openai");

        var microsoft = report.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "microsoft");
        Assert.True(microsoft.GetProperty("round").GetInt32() >= 1);
        Assert.Contains("openai", report.GetProperty("assumedAssets").EnumerateArray().Select(e => e.GetString()));
        var sum = report.GetProperty("parties").EnumerateArray().Sum(p => p.GetProperty("shortfall").GetDecimal());
        Assert.Equal(sum, report.GetProperty("totalShortfall").GetDecimal());
    }

    [Fact]
    public void Csv_input_reproduces_the_Glasserman_Young_shock()
    {
        var report = _cli.Json("stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities.csv"),
            "--assets", RepoPaths.Data("stress", "gy-assets.csv"), "--shock", "centre=94");

        var parties = report.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!);
        Assert.Equal(56m, parties["centre"].GetProperty("paid").GetDecimal());
        Assert.Equal(1, parties["centre"].GetProperty("round").GetInt32());
        Assert.Equal(54m, parties["p3"].GetProperty("paid").GetDecimal());
        Assert.Equal(2, parties["p3"].GetProperty("round").GetInt32());
        Assert.Equal(88m, report.GetProperty("totalShortfall").GetDecimal());
    }

    [Fact]
    public void Default_costs_make_the_same_shock_worse()
    {
        string[] args = ["stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities.csv"), "--assets", RepoPaths.Data("stress", "gy-assets.csv"),
            "--shock", "centre=94"];
        var free = _cli.Json(args).GetProperty("totalShortfall").GetDecimal();
        var costly = _cli.Json([.. args, "--alpha", "0.5", "--beta", "0.5"]).GetProperty("totalShortfall").GetDecimal();

        Assert.True(costly > free);
    }

    [Theory]
    [InlineData("negative-amount.csv", "gy-assets.csv", "negative-amount.csv:3: amount:")]
    [InlineData("self-loan.csv", "gy-assets.csv", "self-loan.csv:3: creditor:")]
    [InlineData("unknown-column.csv", "gy-assets.csv", "unknown-column.csv:1: unknown column 'currency'")]
    [InlineData("not-a-number.csv", "gy-assets.csv", "not-a-number.csv:3: amount: 'ten' is not a number")]
    [InlineData("gy-liabilities.csv", "assets-not-a-number.csv", "assets-not-a-number.csv:3: assets: 'lots' is not a number")]
    [InlineData("gy-liabilities.csv", "missing.csv", "missing.csv: file not found")]
    [InlineData("too-large.csv", "gy-assets.csv", "too-large.csv:3: amount: '1e21' is too large")]
    [InlineData("too-precise.csv", "gy-assets.csv", "too-precise.csv:2: amount: '0.000000000000000000000000000001' cannot be kept exactly")]
    [InlineData("open-quote.csv", "gy-assets.csv", "open-quote.csv:2: a quoted field is not closed on its line")]
    [InlineData("gy-liabilities.csv", ".", "is a directory, not a CSV file")]
    public void Bad_csv_exits_2_with_file_line_and_field(string liabilities, string assets, string message)
    {
        var result = _cli.Run("stress", "--liabilities", RepoPaths.Data("stress", liabilities), "--assets", RepoPaths.Data("stress", assets));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fails", "nobody", "--fails")]
    [InlineData("--shock", "openai", "--shock")]
    [InlineData("--recovery", "1.5", "--recovery")]
    [InlineData("--alpha", "2", "--alpha")]
    [InlineData("--unknown-cash", "plenty", "--unknown-cash")]
    [InlineData("--beta", "abc", "--beta: 'abc' is not a number between 0 and 1")]
    public void Bad_options_exit_2_naming_the_option(string option, string value, string named)
    {
        var result = _cli.RunOnDb("stress", "--as-of", AsOf, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fails")]
    [InlineData("--recovery")]
    [InlineData("--shock")]
    public void An_option_given_last_without_its_value_says_it_needs_one(string option)
    {
        var result = _cli.RunOnDb("stress", "--as-of", AsOf, option);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} needs a value", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recovery_without_a_failing_party_is_refused()
    {
        var result = _cli.RunOnDb("stress", "--as-of", AsOf, "--recovery", "0.5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--recovery: a recovery applies to the parties that fail", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_csv_fields_name_the_same_parties_as_unquoted_ones()
    {
        string[] plain = ["stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities.csv"), "--assets", RepoPaths.Data("stress", "gy-assets.csv"), "--shock", "centre=94"];
        string[] quoted = ["stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities-quoted.csv"), "--assets", RepoPaths.Data("stress", "gy-assets.csv"), "--shock", "centre=94"];

        Assert.Equal(_cli.Run([.. plain, "--format", "csv"]).Output, _cli.Run([.. quoted, "--format", "csv"]).Output);
    }

    [Fact]
    public void Parties_missing_from_the_assets_file_are_assumed_and_follow_unknown_cash()
    {
        string[] args = ["stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities.csv"), "--assets", RepoPaths.Data("stress", "gy-assets-partial.csv")];

        var zero = _cli.Json(args);
        var owed = _cli.Json([.. args, "--unknown-cash", "owed"]);

        Assert.Equal(["p3", "p4", "outside"], zero.GetProperty("assumedAssets").EnumerateArray().Select(e => e.GetString()));
        decimal Assets(System.Text.Json.JsonElement report, string id) =>
            report.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == id).GetProperty("assets").GetDecimal();
        Assert.Equal((0m, 55m), (Assets(zero, "p3"), Assets(owed, "p3")));
    }

    [Fact]
    public void Csv_input_has_no_dates_so_as_of_is_refused()
    {
        var result = _cli.Run("stress", "--liabilities", RepoPaths.Data("stress", "gy-liabilities.csv"), "--assets", RepoPaths.Data("stress", "gy-assets.csv"),
            "--as-of", "2026-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of: CSV input has no dates", result.Errors, StringComparison.Ordinal);
    }
}
