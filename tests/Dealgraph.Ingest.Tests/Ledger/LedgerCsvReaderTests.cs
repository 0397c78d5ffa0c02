using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;

namespace Dealgraph.Ingest.Tests.Ledger;

public sealed class LedgerCsvReaderTests
{
    [Theory]
    [InlineData("bad-missing-field.csv", 3, "timestamp", "missing field")]
    [InlineData("bad-empty-field.csv", 4, "payer", "empty field")]
    [InlineData("bad-amount.csv", 4, "amount", "not a decimal amount: '1.000.00'")]
    [InlineData("bad-negative.csv", 3, "amount", "negative amount '-100.00'")]
    [InlineData("bad-date.csv", 6, "timestamp", "not an ISO 8601 timestamp: '03/05/2025'")]
    [InlineData("bad-invalid-date.csv", 2, "timestamp", "not an ISO 8601 timestamp")]
    [InlineData("bad-self-payment.csv", 3, "payee", "payer and payee are the same party 'B'")]
    [InlineData("bad-header.csv", 1, "currency", "header lacks column 'currency'")]
    public void A_bad_row_stops_the_read_naming_file_line_and_field(string file, int line, string field, string problem)
    {
        var path = LedgerFiles.Path(file);
        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path));
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skipping_bad_rows_counts_them_and_writes_them_with_their_lines_to_the_rejects_file()
    {
        var rejects = System.IO.Path.GetTempFileName();
        try
        {
            var result = LedgerCsvReader.Read(LedgerFiles.Path("mixed-bad.csv"), new LedgerReadOptions { SkipBad = true, RejectsPath = rejects });
            Assert.Equal(3, result.Columns.Count);
            Assert.Equal(5, result.BadRows);
            var lines = File.ReadAllLines(rejects);
            Assert.Equal("line,field,problem,row", lines[0]);
            Assert.Equal(["3", "5", "7", "8", "9"], lines.Skip(1).Select(l => l.Split(',')[0]));
            Assert.StartsWith("3,amount,not a decimal amount: 'abc',\"2,B,C,abc,USD,2025-01-02T00:00:00Z\"", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("9,amount,missing field", lines[5], StringComparison.Ordinal);

            var graph = TransactionGraph.Build(result.Columns);
            var found = new TemporalCycleEnumerator(graph, new RoundTripQuery(4, TimeSpan.FromDays(30), 0.1m)).Enumerate().ToList();
            Assert.Equal(["1 3 5"], found.Select(t => string.Join(' ', RoundTripRecord.From(graph, t).Transactions)));
        }
        finally
        {
            File.Delete(rejects);
        }
    }

    [Fact]
    public void Columns_in_any_order_quoted_fields_offsets_and_tiny_amounts_are_read_exactly()
    {
        var result = LedgerCsvReader.Read(LedgerFiles.Path("good.csv"));
        var c = result.Columns;
        Assert.Equal(5, c.Count);
        Assert.Equal(0, result.BadRows);
        Assert.Equal("Gamma, Inc.", c.Parties.NameOf(c.Payees[1]));
        // 12:00 at +02:00 is 10:00 UTC; a date alone is midnight UTC; fractions of a second are kept.
        Assert.Equal(new DateTime(2025, 3, 2, 10, 0, 0, DateTimeKind.Utc).Ticks, c.Ticks[1]);
        Assert.Equal(new DateTime(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc).Ticks, c.Ticks[2]);
        Assert.Equal(new DateTime(2025, 3, 4, 13, 30, 0, 250, DateTimeKind.Utc).Ticks, c.Ticks[3]);
        Assert.Equal(990.50m, c.AmountOf(1));
        Assert.Equal(0.00001m, c.AmountOf(3));

        var graph = TransactionGraph.Build(c);
        var found = new TemporalCycleEnumerator(graph, new RoundTripQuery(3, TimeSpan.FromDays(30), 0.1m)).Enumerate()
            .Select(t => RoundTripRecord.From(graph, t)).ToList();
        Assert.Equal(["T-1 T-2 T-3", "T-4 T-5"], found.Select(r => string.Join(' ', r.Transactions)).Order(StringComparer.Ordinal));
        Assert.Equal(["Acme Ltd", "Beta GmbH", "Gamma, Inc."], found.Single(r => r.Transactions[0] == "T-1").Parties);
    }

    [Fact]
    public void A_missing_file_is_an_input_error()
    {
        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read("/nonexistent/ledger.csv"));
        Assert.Equal("/nonexistent/ledger.csv", error.File);
    }
}
