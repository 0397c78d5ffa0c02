using System.Text.Json;
using System.Text.RegularExpressions;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary><c>dealgraph extract</c> on the seed post: JSON contract, review file, and import of accepted candidates only.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string Seed = RepoPaths.Data("seed", "000_e492adb29fa69d40.txt");

    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Seed_post_as_json_has_the_deals_the_fact_the_date_and_the_references()
    {
        var result = _cli.Run("extract", Seed, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Errors);
        var document = JsonDocument.Parse(result.Output).RootElement.GetProperty("documents")[0];
        Assert.Equal("2026-01-31", document.GetProperty("source").GetProperty("published").GetString());
        Assert.Contains(document.GetProperty("references").EnumerateArray(), r => r.GetProperty("url").GetString()!.Contains("wsj.com", StringComparison.Ordinal));
        var candidates = document.GetProperty("candidates").EnumerateArray().ToList();
        static bool Is(JsonElement c, string payer, string payee) => c.GetProperty("payer").GetString() == payer && c.GetProperty("payee").GetString() == payee;
        static decimal? High(JsonElement c) => c.GetProperty("amount").ValueKind == JsonValueKind.Null ? null : c.GetProperty("amount").GetProperty("high").GetDecimal();
        Assert.Contains(candidates, c => Is(c, "nvidia", "openai") && High(c) == 100e9m && c.GetProperty("amount").GetProperty("qualifier").GetString() is "about" or "up-to");
        Assert.Contains(candidates, c => Is(c, "nvidia", "openai") && c.GetProperty("status").GetString() == "on-ice");
        Assert.Contains(candidates, c => Is(c, "nvidia", "openai") && c.GetProperty("status").GetString() == "non-binding");
        Assert.Contains(candidates, c => Is(c, "amazon", "openai") && High(c) == 50e9m && c.GetProperty("status").GetString() == "in-talks");
        Assert.Contains(candidates, c => c.GetProperty("type").GetString() == "fact" && c.GetProperty("party").GetString() == "openai"
            && c.GetProperty("metric").GetString() == "valuation" && High(c) == 830e9m);
        var first = candidates[0];
        Assert.True(first.GetProperty("span").GetProperty("end").GetInt32() > first.GetProperty("span").GetProperty("start").GetInt32());
    }

    [Fact]
    public void Review_file_imports_only_the_candidates_a_person_accepted()
    {
        Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Example).ExitCode);
        var before = _cli.Json("deals", "--as-of", "2026-02-01").GetProperty("deals").GetArrayLength();
        var review = _cli.Run("extract", Seed, "--format", "yaml");
        Assert.True(review.ExitCode == 0, review.Errors);
        Assert.DoesNotMatch(new Regex(@"^\s*- accept: true", RegexOptions.Multiline), review.Output);
        Assert.Matches(new Regex(@"^\s*- accept: false", RegexOptions.Multiline), review.Output);
        var path = _cli.TempFile("review.yaml");

        File.WriteAllText(path, review.Output);
        Assert.Equal(0, _cli.RunOnDb("import", path).ExitCode);
        Assert.Equal(before, _cli.Json("deals", "--as-of", "2026-02-01").GetProperty("deals").GetArrayLength());

        // Accept the Amazon candidate only: the first 'accept: false' before 'payer: "amazon"'.
        var amazon = review.Output.IndexOf("payer: \"amazon\"", StringComparison.Ordinal);
        var mark = review.Output.LastIndexOf("accept: false", amazon, StringComparison.Ordinal);
        File.WriteAllText(path, review.Output[..mark] + "accept: true" + review.Output[(mark + "accept: false".Length)..]);
        var imported = _cli.RunOnDb("import", path);
        Assert.True(imported.ExitCode == 0, imported.Errors + imported.Output);

        var deals = _cli.Json("deals", "--as-of", "2026-02-01").GetProperty("deals").EnumerateArray().ToList();
        Assert.Equal(before + 1, deals.Count);
        var id = Regex.Match(review.Output[mark..], @"id: (\S+)").Groups[1].Value;
        var shown = _cli.Json("show", id, "--as-of", "2026-02-01");
        var claim = Assert.Single(shown.GetProperty("claims").EnumerateArray());
        Assert.Equal("in-talks", claim.GetProperty("status").GetString());
        Assert.Contains("Amazon", claim.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal("2026-01-31", claim.GetProperty("source").GetProperty("published").GetString());
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var result = _cli.Run("extract", _cli.TempFile("nope.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file", result.Errors, StringComparison.Ordinal);
    }
}
