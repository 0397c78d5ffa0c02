using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class RoundTripDefinitionTests
{
    private static readonly long Day = TimeSpan.TicksPerDay;

    private static List<string> Find(IEnumerable<LedgerRow> rows, int maxHops = 4, double windowDays = 30, decimal tolerance = 0.1m)
    {
        var graph = LedgerRow.Graph(rows);
        var query = new RoundTripQuery(maxHops, TimeSpan.FromDays(windowDays), tolerance);
        return [.. new TemporalCycleEnumerator(graph, query).Enumerate().Select(t => RoundTripDefinition.Key(RoundTripRecord.From(graph, t).Transactions))];
    }

    [Fact]
    public void A_three_hop_loop_is_reported_once_starting_at_its_first_transaction()
    {
        var found = Find([new("1", "A", "B", 100m, "USD", Day), new("2", "B", "C", 98m, "USD", 2 * Day), new("3", "C", "A", 97m, "USD", 3 * Day)]);
        Assert.Equal(["1 2 3"], found);
    }

    [Theory]
    [InlineData(110, true)]
    [InlineData(110.0001, false)]
    [InlineData(90, true)]
    [InlineData(89.9999, false)]
    public void The_tolerance_bound_is_inclusive_and_exact(double back, bool expected)
    {
        var found = Find([new("1", "A", "B", 100m, "USD", Day), new("2", "B", "A", (decimal)back, "USD", 2 * Day)]);
        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public void Tolerance_is_exact_for_amounts_beyond_four_decimal_places()
    {
        var inside = Find([new("1", "A", "B", 0.000010m, "USD", Day), new("2", "B", "A", 0.000011m, "USD", 2 * Day)]);
        var outside = Find([new("1", "A", "B", 0.000010m, "USD", Day), new("2", "B", "A", 0.0000110001m, "USD", 2 * Day)]);
        Assert.Single(inside);
        Assert.Empty(outside);
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(29.99, false)]
    public void The_window_bound_is_inclusive(double windowDays, bool expected)
    {
        var found = Find([new("1", "A", "B", 100m, "USD", Day), new("2", "B", "A", 100m, "USD", 31 * Day)], windowDays: windowDays);
        Assert.Equal(expected, found.Count == 1);
    }

    [Fact]
    public void Simultaneous_transactions_do_not_form_a_round_trip()
    {
        Assert.Empty(Find([new("1", "A", "B", 100m, "USD", Day), new("2", "B", "A", 100m, "USD", Day)]));
    }

    [Fact]
    public void A_return_in_another_currency_is_not_a_round_trip()
    {
        Assert.Empty(Find([new("1", "A", "B", 100m, "USD", Day), new("2", "B", "A", 100m, "EUR", 2 * Day)]));
    }

    [Fact]
    public void A_loop_longer_than_max_hops_is_not_reported()
    {
        LedgerRow[] rows = [new("1", "A", "B", 100m, "USD", Day), new("2", "B", "C", 100m, "USD", 2 * Day), new("3", "C", "A", 100m, "USD", 3 * Day)];
        Assert.Empty(Find(rows, maxHops: 2));
        Assert.Single(Find(rows, maxHops: 3));
    }

    [Fact]
    public void A_walk_through_a_party_twice_is_not_a_round_trip()
    {
        // A→B→C→B→A repeats B: not reported; its simple loops A→B→A (1, 4) and B→C→B (2, 3) are.
        var found = Find([
            new("1", "A", "B", 100m, "USD", Day), new("2", "B", "C", 100m, "USD", 2 * Day),
            new("3", "C", "B", 100m, "USD", 3 * Day), new("4", "B", "A", 100m, "USD", 4 * Day)]);
        Assert.Equal(["1 4", "2 3"], found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1, 30, 0.1)]
    [InlineData(13, 30, 0.1)]
    [InlineData(4, -1, 0.1)]
    [InlineData(4, 30, -0.1)]
    public void Impossible_queries_are_input_errors(int maxHops, double windowDays, double tolerance)
    {
        Assert.Throws<InputException>(() => new RoundTripQuery(maxHops, TimeSpan.FromDays(windowDays), (decimal)tolerance));
    }

    [Theory]
    [InlineData("30d", 30 * 24 * 60)]
    [InlineData("12h", 12 * 60)]
    [InlineData("90m", 90)]
    [InlineData("2w", 14 * 24 * 60)]
    [InlineData("P1DT2H", 26 * 60)]
    public void Windows_parse_from_short_and_iso_forms(string text, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), WindowParser.Parse(text));
    }

    [Theory]
    [InlineData("30")]
    [InlineData("thirty days")]
    [InlineData("5y")]
    public void Unreadable_windows_are_input_errors(string text)
    {
        var error = Assert.Throws<InputException>(() => WindowParser.Parse(text));
        Assert.Equal("--window", error.Field);
    }
}
