using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>
/// <c>show</c> says who contradicts whom: the sources whose value for a field, for the same effective
/// date, the record overrode (tests/data/datasets/disagree).
/// </summary>
public sealed class DisagreementTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public DisagreementTests() => Assert.Equal(0, _cli.RunOnDb("import", RepoPaths.Data("datasets", "disagree")).ExitCode);

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("2026-03-20", new string[0])]
    [InlineData("2026-03-23", new[] { "helios-nordwind#2" })]
    [InlineData("2026-03-31", new[] { "helios-nordwind#2", "helios-nordwind#4" })]
    public void Sources_stating_the_same_day_differently_are_named_beside_the_kept_value(string asOf, string[] overridden)
    {
        var show = _cli.Json("show", "helios-nordwind", "--as-of", asOf);

        var disagreements = show.GetProperty("disagreements").EnumerateArray().ToList();
        Assert.All(disagreements, d => Assert.Equal("headline", d.GetProperty("field").GetString()));
        Assert.Equal(overridden, disagreements.Select(d => d.GetProperty("claim").GetString()));
    }

    [Fact]
    public void The_table_names_each_source_and_what_it_says()
    {
        var output = _cli.RunOnDb("show", "helios-nordwind", "--as-of", "2026-03-31").Output;

        Assert.Contains("Sources disagree on headline: Financial Times (2026-03-20) says EUR 8B–12B; Bloomberg (2026-03-25) says ~EUR 15B; the record keeps < EUR 12B.",
            output.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
