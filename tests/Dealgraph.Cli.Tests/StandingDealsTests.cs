using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>
/// Only deals that stand carry money in <c>loops</c> and <c>stress</c>: a superseded contract's
/// replacement carries it, and a deal only ever denied or called off carries none
/// (tests/data/datasets/standing: A → B 50 replacing an earlier 50, B → A 80, no cash).
/// </summary>
public sealed class StandingDealsTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public StandingDealsTests() => Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "standing")).ExitCode);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void A_superseded_contract_is_not_counted_beside_its_replacement_in_a_loop()
    {
        var loop = Assert.Single(_cli.Json("loops", "--as-of", "2026-02-01", "--basis", "binding").GetProperty("loops").EnumerateArray());

        Assert.Equal(["new", "back"], loop.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(50m, loop.GetProperty("roundTrip").GetProperty("low").GetDecimal());
    }

    [Fact]
    public void Before_it_was_superseded_or_called_off_a_contract_counts()
    {
        var loop = Assert.Single(_cli.Json("loops", "--as-of", "2026-01-12").GetProperty("loops").EnumerateArray());

        Assert.Equal(["dropped", "old", "back"], loop.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(57m, loop.GetProperty("roundTrip").GetProperty("low").GetDecimal());
    }

    [Fact]
    public void Include_cancelled_keeps_every_deal_that_no_longer_stands()
    {
        var loop = Assert.Single(_cli.Json("loops", "--as-of", "2026-02-01", "--include-cancelled").GetProperty("loops").EnumerateArray());

        Assert.Equal(["dropped", "new", "old", "rumour", "back"], loop.GetProperty("deals").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Stress_owes_only_the_replacement_so_the_party_owed_more_defaults()
    {
        // A owes 50 and is owed 80: it pays in full. B owes 80 with only A's 50 coming in: short 30.
        var parties = _cli.Json("stress", "--as-of", "2026-02-01").GetProperty("parties").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => (Owed: p.GetProperty("owed").GetDecimal(), Shortfall: p.GetProperty("shortfall").GetDecimal()));

        Assert.Equal((50m, 0m), parties["a"]);
        Assert.Equal((80m, 30m), parties["b"]);
    }

    [Fact]
    public void Runway_counts_as_outstanding_only_what_standing_deals_bind()
    {
        var a = _cli.Json("runway", "--as-of", "2026-02-01", "--party", "a").GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("party").GetString() == "a");

        // Nothing is known to be paid on the replacement, so 0–50 is outstanding (the old contract would add 50).
        Assert.Equal(0m, a.GetProperty("outstanding").GetProperty("low").GetDecimal());
        Assert.Equal(50m, a.GetProperty("outstanding").GetProperty("high").GetDecimal());
    }

    [Fact]
    public void One_party_s_runway_is_answered_though_another_party_mixes_currencies_without_a_rate()
    {
        var all = _cli.RunOnDb("runway", "--as-of", "2026-02-01");
        var one = _cli.RunOnDb("runway", "--as-of", "2026-02-01", "--party", "a", "--format", "json");

        Assert.Equal(2, all.ExitCode);
        Assert.Contains("add an fx rate USD→GBP", all.Errors, StringComparison.Ordinal);
        Assert.Equal(0, one.ExitCode);
    }
}
