using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class PlantedRecallTests
{
    [Theory]
    [InlineData(500, 5_000, 30, 1)]
    [InlineData(2_000, 20_000, 100, 2)]
    [InlineData(20_000, 200_000, 300, 3)]
    public void Every_planted_round_trip_is_found_and_every_found_one_is_valid(int parties, int transactions, int planted, int seed)
    {
        var ledger = new SyntheticLedger(new SyntheticLedgerOptions(parties, transactions, planted, seed));
        var rows = LedgerRow.From(ledger);
        var graph = LedgerRow.Graph(rows);
        var window = TimeSpan.FromDays(30);
        var query = new RoundTripQuery(6, window, 0.1m);
        var records = new TemporalCycleEnumerator(graph, query).Enumerate().Select(t => RoundTripRecord.From(graph, t)).ToList();

        var byId = rows.ToDictionary(r => r.Id);
        foreach (var record in records)
        {
            var violation = RoundTripDefinition.Violation([.. record.Transactions.Select(id => byId[id])], 6, window, 0.1m);
            Assert.True(violation is null, $"{RoundTripDefinition.Key(record.Transactions)} {violation}");
        }

        var found = records.Select(r => RoundTripDefinition.Key(r.Transactions)).ToHashSet();
        Assert.Equal(records.Count, found.Count);
        Assert.Equal(planted, ledger.Planted.Count);
        var missed = ledger.Planted.Select(p => RoundTripDefinition.Key(p.Ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Where(key => !found.Contains(key)).ToList();
        Assert.Empty(missed);
    }

    [Fact]
    public void Results_and_their_order_do_not_depend_on_the_number_of_threads()
    {
        var ledger = new SyntheticLedger(new SyntheticLedgerOptions(3_000, 60_000, 50, 5));
        var graph = LedgerRow.Graph(LedgerRow.From(ledger));
        List<string> Run(int threads) =>
            [.. new TemporalCycleEnumerator(graph, new RoundTripQuery(5, TimeSpan.FromDays(30), 0.1m, threads)).Enumerate()
                .Select(t => string.Join(' ', t.Edges))];
        var one = Run(1);
        Assert.NotEmpty(one);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(3));
    }

    [Fact]
    public void Stopping_early_returns_the_first_round_trips_in_order()
    {
        var ledger = new SyntheticLedger(new SyntheticLedgerOptions(3_000, 60_000, 50, 6));
        var graph = LedgerRow.Graph(LedgerRow.From(ledger));
        var enumerator = new TemporalCycleEnumerator(graph, new RoundTripQuery(5, TimeSpan.FromDays(30), 0.1m, 2));
        var all = enumerator.Enumerate().Select(t => string.Join(' ', t.Edges)).ToList();
        var first = enumerator.Enumerate().Take(7).Select(t => string.Join(' ', t.Edges)).ToList();
        Assert.Equal(all.Take(7), first);
    }

    [Fact]
    public void The_same_seed_gives_the_same_ledger()
    {
        var options = new SyntheticLedgerOptions(100, 1_000, 10, 42);
        Assert.Equal(new SyntheticLedger(options).Rows(), new SyntheticLedger(options).Rows());
        Assert.NotEqual(new SyntheticLedger(options).Rows(), new SyntheticLedger(options with { Seed = 43 }).Rows());
    }
}
