using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>The bundled example (examples/ai-megadeals) answers the seed post's questions as the issue asks.</summary>
public sealed class ExampleDatasetTests : IDisposable
{
    private const string Loi = "nvidia-openai-loi-2025";
    private const string Round = "nvidia-openai-round-2026";
    private readonly CliRunner _cli = new();

    public ExampleDatasetTests()
    {
        var result = _cli.RunOnDb("import", RepoPaths.Example);
        Assert.True(result.ExitCode == 0, result.Errors);
    }

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("2025-10-01", "non-binding", "up-to")]
    [InlineData("2026-01-30", "on-ice", "up-to")]
    [InlineData("2026-02-01", "scaled-back", "less-than")]
    [InlineData("2026-03-10", "superseded", "less-than")]
    public void The_letter_of_intent_over_time(string asOf, string status, string qualifier)
    {
        var loi = Deal(_cli.Json("deals", "--as-of", asOf), Loi)!.Value;

        Assert.Equal(status, loi.GetProperty("status").GetString());
        var headline = loi.GetProperty("headline");
        Assert.Equal(qualifier, headline.GetProperty("qualifier").GetString());
        Assert.Equal(100e9m, headline.GetProperty("high").GetDecimal());
        Assert.Equal(0m, loi.GetProperty("binding").GetProperty("high").GetDecimal());
    }

    [Fact]
    public void The_30B_investment_exists_once_the_loi_is_superseded_and_not_before_the_first_report()
    {
        var march = _cli.Json("deals", "--as-of", "2026-03-10");
        var round = Deal(march, Round)!.Value.GetProperty("headline");
        Assert.Equal(("exact", 30e9m, 30e9m), (round.GetProperty("qualifier").GetString(), round.GetProperty("low").GetDecimal(), round.GetProperty("high").GetDecimal()));
        Assert.Equal(Round, Deal(march, Loi)!.Value.GetProperty("supersededBy").GetString());

        var august = _cli.Json("deals", "--as-of", "2025-08-01");
        Assert.Null(Deal(august, Loi));
        Assert.Null(Deal(august, Round));
    }

    [Fact]
    public void Show_cites_the_seed_posts_sources_in_time_order()
    {
        var claims = _cli.Json("show", Loi, "--as-of", "2026-03-10").GetProperty("claims").EnumerateArray().ToList();

        var reported = claims.Select(c => c.GetProperty("reported").GetString()).ToList();
        Assert.Equal(reported.Order(StringComparer.Ordinal), reported);
        var urls = claims.Select(c => c.GetProperty("source").GetProperty("url").GetString() ?? "").ToList();
        Assert.Contains(urls, u => u.Contains("wsj.com", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("cnbc.com", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("techcrunch.com", StringComparison.Ordinal));
    }

    [Fact]
    public void Importing_the_example_twice_leaves_the_database_as_it_was()
    {
        var before = _cli.DbHash();

        var summary = _cli.Json("import", RepoPaths.Example);

        Assert.Equal(before, _cli.DbHash());
        Assert.Equal(0, summary.GetProperty("added").GetProperty("claims").GetInt32());
        Assert.Equal(0, summary.GetProperty("updated").GetProperty("claims").GetInt32());
    }

    [Fact]
    public void The_example_holds_the_wider_web_of_deals_with_chinese_aliases()
    {
        var deals = _cli.Json("deals").GetProperty("deals").EnumerateArray().ToList();

        Assert.True(deals.Count >= 25, $"{deals.Count} deals");
        var demo = _cli.RunOnDb("demo");
        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("on-ice", demo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reality_and_runway_answer_on_the_example()
    {
        var reality = _cli.Json("reality", "--as-of", "2026-03-31");
        Assert.True(reality.GetProperty("totals").GetProperty("deals").GetInt32() > 20);
        Assert.Equal("USD", reality.GetProperty("currency").GetString());

        var runway = _cli.Json("runway", "--as-of", "2026-03-31");
        Assert.Contains(runway.GetProperty("parties").EnumerateArray(), p => p.GetProperty("party").GetString() == "openai");
    }

    private static JsonElement? Deal(JsonElement deals, string id)
    {
        foreach (var d in deals.GetProperty("deals").EnumerateArray())
        {
            if (d.GetProperty("id").GetString() == id)
            {
                return d;
            }
        }
        return null;
    }
}
