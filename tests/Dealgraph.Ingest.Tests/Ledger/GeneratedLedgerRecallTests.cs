using System.Text.Json;
using Dealgraph.Core.Ledger;
using Dealgraph.Core.Tests.Ledger;
using Dealgraph.Ingest.Ledger;

namespace Dealgraph.Ingest.Tests.Ledger;

public sealed class GeneratedLedgerRecallTests
{
    [Theory]
    [InlineData(1_000, 10_000, 40, 11)]
    [InlineData(30_000, 300_000, 300, 12)]
    public void Written_ledgers_read_back_and_every_planted_round_trip_is_found(int parties, int transactions, int planted, int seed)
    {
        var dir = Directory.CreateTempSubdirectory("ledger-recall");
        try
        {
            var path = System.IO.Path.Combine(dir.FullName, "ledger.csv");
            var truthPath = path + ".truth.jsonl";
            var ledger = new SyntheticLedger(new SyntheticLedgerOptions(parties, transactions, planted, seed));
            Assert.Equal(transactions, LedgerCsvWriter.Write(ledger, path, truthPath));

            var read = LedgerCsvReader.Read(path);
            Assert.Equal(transactions, read.Columns.Count);
            var graph = TransactionGraph.Build(read.Columns);
            var window = TimeSpan.FromDays(30);
            var query = new RoundTripQuery(6, window, 0.1m);
            var found = new TemporalCycleEnumerator(graph, query).Enumerate().Select(t => RoundTripRecord.From(graph, t)).ToList();

            var rows = LedgerRow.From(new SyntheticLedger(new SyntheticLedgerOptions(parties, transactions, planted, seed))).ToDictionary(r => r.Id);
            foreach (var trip in found)
            {
                Assert.Null(RoundTripDefinition.Violation([.. trip.Transactions.Select(id => rows[id])], 6, window, 0.1m));
            }

            var keys = found.Select(t => RoundTripDefinition.Key(t.Transactions)).ToHashSet();
            var truth = File.ReadAllLines(truthPath)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("transactions").EnumerateArray().Select(e => e.GetString()!))
                .Select(RoundTripDefinition.Key)
                .ToList();
            Assert.Equal(planted, truth.Count);
            Assert.All(truth, key => Assert.Contains(key, keys));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Round_trips_are_written_as_json_lines_with_ids_parties_times_amount_and_currency()
    {
        using var stream = new MemoryStream();
        using (var writer = new RoundTripWriter(stream, RoundTripFormat.Jsonl))
        {
            writer.Write(new RoundTripRecord(["7", "9"], ["A", "B"], new DateTime(2025, 1, 2, 3, 4, 5, DateTimeKind.Utc), new DateTime(2025, 1, 3, 0, 0, 0, DateTimeKind.Utc), 1234.5000m, "USD"));
        }

        Assert.Equal(
            "{\"transactions\":[\"7\",\"9\"],\"parties\":[\"A\",\"B\"],\"start\":\"2025-01-02T03:04:05Z\",\"end\":\"2025-01-03T00:00:00Z\",\"amount\":1234.5,\"currency\":\"USD\"}\n",
            System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
