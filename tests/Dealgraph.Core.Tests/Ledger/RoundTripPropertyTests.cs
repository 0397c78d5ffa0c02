using CsCheck;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class RoundTripPropertyTests
{
    private static readonly string[] PartyNames = ["A", "B", "C", "D", "E"];

    // Ids: consecutive numbers (stored as nothing), other numbers, or text.
    // Amounts near each other so tolerances bite, plus values that are not exact at 4 decimal
    // places (kept in the exact side table) and a zero.
    private static readonly decimal[] Amounts = [100m, 95m, 105m, 110m, 90m, 100.5m, 89.99m, 110.00001m, 99.999999m, 0m, 1000m];
    private static readonly decimal[] Tolerances = [0m, 0.05m, 0.1m, 0.2m, 1.5m];

    private static readonly Gen<(LedgerRow[] Rows, int MaxHops, TimeSpan Window, decimal Tolerance)> SmallLedgers =
        Gen.Select(
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[0, Amounts.Length - 1], Gen.Int[0, 6], Gen.Int[0, 4])
                .Array[1, 14],
            Gen.Int[2, 5],
            Gen.Int[0, 6],
            Gen.Int[0, Tolerances.Length - 1],
            Gen.Int[0, 2])
        .Select(x => (
            Rows: x.Item1.Select((r, i) => new LedgerRow(
                x.Item5 switch { 0 => $"{i + 1}", 1 => $"{100 - i}", _ => $"t-{i}" },
                PartyNames[r.Item1],
                PartyNames[(r.Item1 + 1 + r.Item2) % PartyNames.Length],
                Amounts[r.Item3],
                r.Item5 == 0 ? "EUR" : "USD",
                TimeSpan.TicksPerHour * r.Item4)).ToArray(),
            MaxHops: x.Item2,
            Window: TimeSpan.FromHours(x.Item3),
            Tolerance: Tolerances[x.Item4]));

    [Fact]
    public void Enumeration_agrees_exactly_with_brute_force_on_thousands_of_small_ledgers()
    {
        SmallLedgers.Sample(c =>
        {
            var expected = RoundTripDefinition.BruteForce(c.Rows, c.MaxHops, c.Window, c.Tolerance);
            var graph = LedgerRow.Graph(c.Rows);
            var query = new RoundTripQuery(c.MaxHops, c.Window, c.Tolerance, parallelism: 2);
            var found = new TemporalCycleEnumerator(graph, query).Enumerate()
                .Select(t => RoundTripDefinition.Key(RoundTripRecord.From(graph, t).Transactions))
                .ToList();
            Assert.Equal(found.Count, found.Distinct().Count());
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        }, iter: 4000);
    }

    [Fact]
    public void Reported_parties_amount_and_times_describe_the_transactions()
    {
        SmallLedgers.Sample(c =>
        {
            var byId = c.Rows.ToDictionary(r => r.Id);
            var graph = LedgerRow.Graph(c.Rows);
            var query = new RoundTripQuery(c.MaxHops, c.Window, c.Tolerance, parallelism: 1);
            foreach (var record in new TemporalCycleEnumerator(graph, query).Enumerate().Select(t => RoundTripRecord.From(graph, t)))
            {
                var rows = record.Transactions.Select(id => byId[id]).ToList();
                Assert.Null(RoundTripDefinition.Violation(rows, c.MaxHops, c.Window, c.Tolerance));
                Assert.Equal(rows.Select(r => r.Payer), record.Parties);
                Assert.Equal(rows[0].Amount, record.Amount);
                Assert.Equal(rows[0].Currency, record.Currency);
                Assert.Equal(rows[0].Ticks, record.Start.Ticks);
                Assert.Equal(rows[^1].Ticks, record.End.Ticks);
            }
        }, iter: 1000);
    }
}
