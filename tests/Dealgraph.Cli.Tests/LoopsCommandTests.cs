using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary><c>dealgraph loops</c> on the bundled example (examples/ai-megadeals).</summary>
public sealed class LoopsCommandTests : IDisposable
{
    private const string AsOf = "2026-06-30";
    private readonly CliRunner _cli = new();

    public LoopsCommandTests() => Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Nvidia_invests_in_OpenAI_and_OpenAI_buys_Nvidia_systems_back()
    {
        var loop = Loop(_cli.Json("loops", "--as-of", AsOf), "nvidia", "openai");

        var deals = Strings(loop.GetProperty("deals"));
        Assert.Contains("nvidia-openai-round-2026", deals);
        Assert.Contains("openai-nvidia-systems-2025", deals);
        // The systems purchase states no amount, so the round trip is honestly unknown.
        Assert.Equal("unknown", loop.GetProperty("roundTrip").GetProperty("qualifier").GetString());
    }

    [Theory]
    [InlineData("amd", "openai")]
    [InlineData("microsoft", "openai")]
    [InlineData("coreweave", "openai")]
    [InlineData("coreweave", "nvidia")]
    [InlineData("coreweave", "nvidia", "openai")]
    [InlineData("coreweave", "openai", "nvidia")]
    [InlineData("amazon", "anthropic", "microsoft", "openai")]
    public void The_AI_deal_web_holds_these_loops(params string[] parties)
    {
        Loop(_cli.Json("loops", "--as-of", AsOf), parties);
    }

    [Fact]
    public void Microsoft_and_OpenAI_round_trip_is_the_smaller_side_as_an_interval()
    {
        var roundTrip = Loop(_cli.Json("loops", "--as-of", AsOf), "microsoft", "openai").GetProperty("roundTrip");

        // More than $13B invested one way, $250B of Azure the other: at least 13B, at most 250B.
        Assert.Equal(13e9m, roundTrip.GetProperty("low").GetDecimal());
        Assert.Equal(250e9m, roundTrip.GetProperty("high").GetDecimal());
    }

    [Fact]
    public void Loops_come_largest_first_with_unknown_ones_last()
    {
        var loops = _cli.Json("loops", "--as-of", AsOf).GetProperty("loops").EnumerateArray().Select(l => l.GetProperty("roundTrip")).ToList();

        var firstUnknown = loops.FindIndex(r => r.GetProperty("qualifier").GetString() == "unknown");
        Assert.True(firstUnknown > 0);
        Assert.All(loops.Skip(firstUnknown), r => Assert.Equal("unknown", r.GetProperty("qualifier").GetString()));
        var highs = loops.Take(firstUnknown).Select(r => r.GetProperty("high").ValueKind == JsonValueKind.Null ? decimal.MaxValue : r.GetProperty("high").GetDecimal()).ToList();
        Assert.Equal(highs.OrderDescending(), highs);
    }

    [Fact]
    public void Before_the_deals_existed_there_was_no_Nvidia_OpenAI_loop()
    {
        var loops = _cli.Json("loops", "--as-of", "2024-01-01").GetProperty("loops").EnumerateArray();

        Assert.DoesNotContain(loops, l => Strings(l.GetProperty("parties")).SequenceEqual(["nvidia", "openai"]));
    }

    [Fact]
    public void Party_reports_self_funding_and_only_its_loops()
    {
        var report = _cli.Json("loops", "--as-of", AsOf, "--party", "nvidia");

        var self = report.GetProperty("selfFunding");
        Assert.Equal("nvidia", self.GetProperty("party").GetString());
        Assert.True(self.TryGetProperty("flow", out _) && self.TryGetProperty("inflow", out _) && self.TryGetProperty("share", out _));
        Assert.All(report.GetProperty("loops").EnumerateArray(), l => Assert.Contains("nvidia", Strings(l.GetProperty("parties"))));
    }

    [Fact]
    public void Self_funding_names_the_inflow_deals_that_carry_no_amount()
    {
        // No source prices the GPU and systems purchases from Nvidia, so its inflow is open above.
        var self = _cli.Json("loops", "--as-of", AsOf, "--party", "nvidia").GetProperty("selfFunding");

        Assert.Equal(["amazon-nvidia-systems-openai-2025", "coreweave-nvidia-gpus", "openai-nvidia-systems-2025", "xai-spv-nvidia-gpus-2025"],
            Strings(self.GetProperty("unpricedInflow")));
        Assert.Equal(JsonValueKind.Null, self.GetProperty("inflow").GetProperty("high").ValueKind);
        var priced = _cli.Json("loops", "--as-of", AsOf, "--party", "openai").GetProperty("selfFunding");
        Assert.DoesNotContain("nvidia-openai-loi-2025", Strings(priced.GetProperty("unpricedInflow")));
    }

    [Fact]
    public void Paid_basis_drops_the_hops_known_to_carry_nothing()
    {
        var headline = _cli.Json("loops", "--as-of", AsOf).GetProperty("loops").GetArrayLength();
        var paid = _cli.Json("loops", "--as-of", AsOf, "--basis", "paid");

        Assert.Equal("paid", paid.GetProperty("basis").GetString());
        Assert.True(paid.GetProperty("loops").GetArrayLength() < headline);
    }

    [Theory]
    [InlineData("--basis", "promised", "--basis")]
    [InlineData("--party", "nobody", "--party")]
    public void Bad_options_exit_2_naming_the_option(string option, string value, string named)
    {
        var result = _cli.RunOnDb("loops", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Errors, StringComparison.Ordinal);
    }

    private static JsonElement Loop(JsonElement report, params string[] parties) =>
        report.GetProperty("loops").EnumerateArray().SingleOrDefault(l => Strings(l.GetProperty("parties")).SequenceEqual(parties)) is { ValueKind: JsonValueKind.Object } loop
            ? loop
            : throw new Xunit.Sdk.XunitException($"no loop {string.Join(" → ", parties)} → {parties[0]}");

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public void Self_funding_asked_for_in_csv_is_pointed_to_rather_than_dropped_silently()
    {
        var result = _cli.RunOnDb("loops", "--as-of", AsOf, "--party", "nvidia", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("parties,deals,", result.Output, StringComparison.Ordinal);
        Assert.Contains("self-funding of nvidia is not in CSV", result.Errors, StringComparison.Ordinal);
    }
}
