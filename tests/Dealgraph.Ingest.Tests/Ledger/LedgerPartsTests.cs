using System.Globalization;
using System.Text;
using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;

namespace Dealgraph.Ingest.Tests.Ledger;

/// <summary>The byte reader cut into parts: every cut gives what one sequential pass gives.</summary>
public sealed class LedgerPartsTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("ledger-parts");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void Cuts_falling_inside_lines_with_names_repeating_across_parts_read_like_one_pass(int parts)
    {
        var path = Write("ledger.csv", Rows(400, parties: 12));
        var sequential = Snapshot(LedgerCsvReader.Read(path, new LedgerReadOptions { Parallel = false }).Columns);
        var cut = LedgerCsvReader.Read(path, InParts(parts)).Columns;
        Assert.Equal(sequential, Snapshot(cut));
        Assert.Equal(12, cut.Parties.Count); // each name once, though every part saw it
        Assert.Equal(400, sequential.Count);
    }

    [Fact]
    public void A_part_with_far_more_rows_than_its_first_megabyte_suggests_is_still_read_whole()
    {
        // Long lines first, then short ones: the row estimate from the first megabyte is far too small.
        var rows = Rows(120_000, parties: 300);
        var path = Path.Combine(_dir.FullName, "uneven.csv");
        File.WriteAllText(path, "id,payer,payee,amount,currency,timestamp,memo\n"
            + string.Join('\n', rows.Select((r, i) => r + "," + (i < 600 ? new string('x', 4000) : ""))) + "\n");
        var sequential = Snapshot(LedgerCsvReader.Read(path, new LedgerReadOptions { Parallel = false }).Columns);
        var cut = LedgerCsvReader.Read(path, InParts(2)).Columns;
        Assert.Equal(120_000, cut.Count);
        Assert.Equal(sequential, Snapshot(cut));
    }

    [Fact]
    public void Crlf_line_endings_a_byte_order_mark_and_no_final_newline_are_read()
    {
        var result = LedgerCsvReader.Read(LedgerFiles.Path("crlf-bom-no-final-newline.csv"), InParts(2));
        var c = result.Columns;
        Assert.Equal(3, c.Count);
        Assert.Equal("1", c.IdOf(0));
        Assert.Equal(["Acme Ltd", "Beta GmbH", "Gamma"], c.Parties.Names);
        Assert.Equal("EUR", c.CurrencyCodes.NameOf(c.Currencies[2]));
        Assert.Equal(new DateTime(2025, 3, 3, 10, 0, 0, DateTimeKind.Utc).Ticks, c.Ticks[2]); // no '\r' left on the last field
        Assert.Equal(985m, c.AmountOf(2));
    }

    [Fact]
    public void A_bad_row_in_a_later_part_is_reported_with_its_line_in_the_file()
    {
        var rows = Rows(300, parties: 20);
        rows[250] = rows[250].Replace("2025-", "2O25-", StringComparison.Ordinal); // line 252: header is line 1
        rows[120] = rows[120].Replace(",USD,", ",USD,x", StringComparison.Ordinal).Replace(",EUR,", ",EUR,x", StringComparison.Ordinal).Replace(",GBP,", ",GBP,x", StringComparison.Ordinal);
        var path = Write("bad.csv", rows);

        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path, InParts(3)));
        Assert.Equal(122, error.Line);
        Assert.Equal("timestamp", error.Field);

        var rejects = Path.Combine(_dir.FullName, "rejects.csv");
        var skipped = LedgerCsvReader.Read(path, InParts(3) with { SkipBad = true, RejectsPath = rejects });
        Assert.Equal(2, skipped.BadRows);
        Assert.Equal(298, skipped.Columns.Count);
        var lines = File.ReadAllLines(rejects).Skip(1).ToList();
        Assert.Equal(["122", "252"], lines.Select(l => l.Split(',')[0]));
        Assert.Contains(rows[250], lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(7)]
    public void Quoted_fields_with_commas_quotes_and_line_breaks_read_alike_in_any_number_of_parts(int parts)
    {
        var rows = Rows(200, parties: 9);
        rows[40] = "41,\"Acme, \"\"the\"\" firm\",P0002,10.00,USD,2025-02-01T00:00:00Z";
        rows[100] = "101,P0003,\"Multi\nline\r\nname\",10.00,USD,2025-02-02T00:00:00Z";
        var path = Write("quoted.csv", rows);

        var sequential = LedgerCsvReader.Read(path, new LedgerReadOptions { Parallel = false }).Columns;
        var cut = LedgerCsvReader.Read(path, InParts(parts)).Columns;
        Assert.Equal(Snapshot(sequential), Snapshot(cut));
        Assert.Equal("Acme, \"the\" firm", cut.Parties.NameOf(cut.Payers[40]));
        Assert.Equal("Multi\nline\r\nname", cut.Parties.NameOf(cut.Payees[100]));

        // The quoted line breaks count as lines, and so does a blank line: a bad row after them keeps its line in the file.
        File.AppendAllText(path, "\n999,A,B,oops,USD,2025-03-01T00:00:00Z\n");
        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path, InParts(parts)));
        Assert.Equal(1 + 200 + 2 + 1 + 1, error.Line);
    }

    [Fact]
    public void Amounts_with_many_decimals_are_kept_exactly_or_refused_never_rounded()
    {
        var path = LedgerFiles.Path("many-decimals.csv");
        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path));
        Assert.Equal(5, error.Line);
        Assert.Equal("amount", error.Field);
        Assert.Contains("'0.12345678901234567890123456789012' has more digits than a decimal holds exactly", error.Problem, StringComparison.Ordinal);

        var read = LedgerCsvReader.Read(path, new LedgerReadOptions { SkipBad = true }).Columns;
        Assert.Equal(3, read.Count);
        Assert.Equal(0.1234567890123456789012345678m, read.AmountOf(0));
        Assert.Equal(1.5m, read.AmountOf(1));
        Assert.Equal(123456789.1234567890123456789m, read.AmountOf(2));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_a_bad_row()
    {
        var path = Path.Combine(_dir.FullName, "latin1.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("id,payer,payee,amount,currency,timestamp\n1,A,B,1,USD,2025-01-01\n2,Caf"), 0xE9, .. Encoding.ASCII.GetBytes(",B,1,USD,2025-01-02\n")]);
        var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path));
        Assert.Equal(3, error.Line);
        Assert.Contains("not UTF-8", error.Problem, StringComparison.Ordinal);
    }

    private static LedgerReadOptions InParts(int parts) => new() { MinPartBytes = 1, MaxParts = parts };

    private string Write(string name, List<string> rows)
    {
        var path = Path.Combine(_dir.FullName, name);
        File.WriteAllText(path, "id,payer,payee,amount,currency,timestamp\n" + string.Join('\n', rows) + "\n");
        return path;
    }

    // Rows whose parties come back again and again, with amounts of 0 to 4 decimals.
    private static List<string> Rows(int count, int parties)
    {
        var random = new Random(count + parties);
        var currencies = new[] { "USD", "EUR", "GBP" };
        return [.. Enumerable.Range(1, count).Select(i =>
        {
            var payer = random.Next(parties);
            var payee = (payer + 1 + random.Next(parties - 1)) % parties;
            var amount = Math.Round((decimal)random.NextDouble() * 10_000, random.Next(5));
            var time = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i * 37);
            return $"{i},P{payer:D4},P{payee:D4},{amount.ToString(CultureInfo.InvariantCulture)},{currencies[i % 3]},{time:yyyy-MM-dd'T'HH:mm:ss'Z'}";
        })];
    }

    private static List<string> Snapshot(TransactionColumns c) =>
        [.. Enumerable.Range(0, c.Count).Select(i =>
            $"{c.IdOf(i)}|{c.Parties.NameOf(c.Payers[i])}|{c.Parties.NameOf(c.Payees[i])}|{c.AmountOf(i)}|{c.CurrencyCodes.NameOf(c.Currencies[i])}|{c.Ticks[i]}")];
}
