using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>The seed case as a new user sees it, on the small test dataset (tests/data/datasets/mini).</summary>
public sealed class SeedCaseTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public SeedCaseTests() => Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "mini")).ExitCode);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Before_the_letter_of_intent_no_deal_exists()
    {
        Assert.Empty(_cli.Json("deals", "--as-of", "2025-08-01").GetProperty("deals").EnumerateArray());
    }

    [Fact]
    public void The_letter_of_intent_is_non_binding_up_to_100B_with_nothing_binding()
    {
        var loi = Deal(_cli.Json("deals", "--as-of", "2025-10-01"), "nvidia-openai-loi");

        Assert.Equal("non-binding", loi.GetProperty("status").GetString());
        AssertAmount(loi.GetProperty("headline"), "up-to", 0m, 100e9m);
        AssertAmount(loi.GetProperty("binding"), "exact", 0m, 0m);
    }

    [Fact]
    public void The_wsj_report_puts_it_on_ice()
    {
        Assert.Equal("on-ice", Deal(_cli.Json("deals", "--as-of", "2026-01-30"), "nvidia-openai-loi").GetProperty("status").GetString());
    }

    [Fact]
    public void Nothing_like_100B_closes_the_upper_bound()
    {
        var loi = Deal(_cli.Json("deals", "--as-of", "2026-02-01"), "nvidia-openai-loi");

        Assert.Equal("scaled-back", loi.GetProperty("status").GetString());
        AssertAmount(loi.GetProperty("headline"), "less-than", 0m, 100e9m);
    }

    [Fact]
    public void The_30B_investment_supersedes_the_letter_of_intent()
    {
        var deals = _cli.Json("deals", "--as-of", "2026-03-10");

        var loi = Deal(deals, "nvidia-openai-loi");
        Assert.Equal("superseded", loi.GetProperty("status").GetString());
        Assert.Equal("nvidia-openai-round", loi.GetProperty("supersededBy").GetString());
        AssertAmount(Deal(deals, "nvidia-openai-round").GetProperty("headline"), "exact", 30e9m, 30e9m);
    }

    [Fact]
    public void Show_lists_claims_in_time_order_each_with_its_source()
    {
        var shown = _cli.Json("show", "nvidia-openai-loi", "--as-of", "2026-03-10");

        var claims = shown.GetProperty("claims").EnumerateArray().ToList();
        var reported = claims.Select(c => c.GetProperty("reported").GetString()).ToList();
        Assert.Equal(reported.Order(StringComparer.Ordinal), reported);
        Assert.All(claims, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("source").GetProperty("outlet").GetString())));
        Assert.Contains(claims, c => c.GetProperty("stance").GetString() == "denies" && c.GetProperty("quote").GetString() == "nonsense");
        Assert.Contains(claims, c => c.GetProperty("source").GetProperty("url").GetString()!.Contains("wsj.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_as_of_a_date_before_the_deal_says_so_with_exit_2()
    {
        var result = _cli.RunOnDb("show", "nvidia-openai-round", "--as-of", "2026-01-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not exist as of 2026-01-01", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deals", "--as-of", "2026-13-01", "--as-of")]
    [InlineData("deals", "--party", "nvidiaa", "--party")]
    [InlineData("deals", "--status", "frozen", "--status")]
    [InlineData("show", "no-such-deal", "", "unknown deal id")]
    public void Bad_command_line_values_exit_2_with_a_message(string verb, string a, string b, string expected)
    {
        string[] args = b.Length == 0 ? [verb, a] : [verb, a, b];

        var result = _cli.RunOnDb(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Reality_totals_leave_out_superseded_deals_and_report_ratios()
    {
        var reality = _cli.Json("reality", "--as-of", "2026-03-10");

        var totals = reality.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("deals").GetInt32());
        AssertAmount(totals.GetProperty("headline"), "exact", 30e9m, 30e9m);
        AssertAmount(totals.GetProperty("binding"), "exact", 30e9m, 30e9m);
        Assert.Equal(1m, totals.GetProperty("bindingRatio").GetDecimal());
        var loi = reality.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "nvidia-openai-loi");
        Assert.Equal(0m, loi.GetProperty("bindingRatio").GetDecimal());
    }

    [Fact]
    public void Csv_output_quotes_fields_and_has_a_header()
    {
        var result = _cli.RunOnDb("deals", "--as-of", "2026-03-10", "--format", "csv");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,title,kind,payer,payee,status,headlineCurrency,headlineLow,headlineHigh,headlineQualifier", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        var show = _cli.RunOnDb("show", "nvidia-openai-loi", "--as-of", "2026-03-10", "--format", "csv");
        Assert.Contains("\"No, no, nothing like that\"", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_escape_untrusted_source_text()
    {
        var result = _cli.RunOnDb("show", "nvidia-openai-loi", "--as-of", "2026-03-10");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nothing like that", result.Output, StringComparison.Ordinal);
    }

    private static JsonElement Deal(JsonElement deals, string id) =>
        deals.GetProperty("deals").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id);

    private static void AssertAmount(JsonElement amount, string qualifier, decimal low, decimal high)
    {
        Assert.Equal("USD", amount.GetProperty("currency").GetString());
        Assert.Equal(qualifier, amount.GetProperty("qualifier").GetString());
        Assert.Equal(low, amount.GetProperty("low").GetDecimal());
        Assert.Equal(high, amount.GetProperty("high").GetDecimal());
    }
}
