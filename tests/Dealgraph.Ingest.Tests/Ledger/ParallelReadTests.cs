using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;

namespace Dealgraph.Ingest.Tests.Ledger;

public sealed class ParallelReadTests
{
    // 200,000 rows are about 11 MB: above the size at which the reader cuts the file in two.
    private const int Rows = 200_000;

    [Fact]
    public void Bad_rows_in_both_halves_of_a_large_file_keep_their_true_line_numbers()
    {
        var dir = Directory.CreateTempSubdirectory("ledger-parallel");
        try
        {
            var path = Path.Combine(dir.FullName, "ledger.csv");
            LedgerCsvWriter.Write(new SyntheticLedger(new SyntheticLedgerOptions(5_000, Rows, 10, 21)), path, path + ".truth.jsonl");
            var lines = File.ReadAllLines(path);
            Assert.True(new FileInfo(path).Length > 8 << 20);
            int[] badLines = [10, 150_000, Rows + 1];
            foreach (var line in badLines)
            {
                lines[line - 1] = lines[line - 1].Replace(",USD,", ",USD,not-a-date-", StringComparison.Ordinal).Replace(",EUR,", ",EUR,not-a-date-", StringComparison.Ordinal).Replace(",GBP,", ",GBP,not-a-date-", StringComparison.Ordinal);
            }

            File.WriteAllLines(path, lines);
            var error = Assert.Throws<InputException>(() => LedgerCsvReader.Read(path));
            Assert.Equal(10, error.Line);
            Assert.Equal("timestamp", error.Field);

            var rejects = path + ".rejects.csv";
            var result = LedgerCsvReader.Read(path, new LedgerReadOptions { SkipBad = true, RejectsPath = rejects });
            Assert.Equal(Rows - badLines.Length, result.Columns.Count);
            Assert.Equal(badLines.Length, result.BadRows);
            Assert.Equal(badLines.Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)), File.ReadAllLines(rejects).Skip(1).Select(l => l.Split(',')[0]));
            var rejected = File.ReadAllLines(rejects)[2];
            Assert.Contains(lines[150_000 - 1], rejected.Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_large_file_read_in_parts_equals_the_same_rows_added_one_by_one()
    {
        var dir = Directory.CreateTempSubdirectory("ledger-parallel");
        try
        {
            var path = Path.Combine(dir.FullName, "ledger.csv");
            var ledger = new SyntheticLedger(new SyntheticLedgerOptions(20_000, Rows, 10, 22));
            LedgerCsvWriter.Write(ledger, path, path + ".truth.jsonl");
            var read = LedgerCsvReader.Read(path).Columns;
            var rows = ledger.Rows().ToList();
            Assert.Equal(rows.Count, read.Count);
            for (var i = 0; i < rows.Count; i += 997)
            {
                Assert.Equal(rows[i].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), read.IdOf(i));
                Assert.Equal(ledger.PartyName(rows[i].Payer), read.Parties.NameOf(read.Payers[i]));
                Assert.Equal(ledger.PartyName(rows[i].Payee), read.Parties.NameOf(read.Payees[i]));
                Assert.Equal(rows[i].Cents / 100m, read.AmountOf(i));
                Assert.Equal(SyntheticLedger.Currencies[rows[i].Currency], read.CurrencyCodes.NameOf(read.Currencies[i]));
                Assert.Equal(rows[i].Ticks, read.Ticks[i]);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
