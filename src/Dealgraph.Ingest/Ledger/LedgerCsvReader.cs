using Dealgraph.Core;
using Dealgraph.Core.Ledger;
using nietras.SeparatedValues;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// Streams a ledger CSV (<c>id,payer,payee,amount,currency,timestamp</c>, columns in any order,
/// extra columns ignored) into <see cref="TransactionColumns"/> with Sep: one pass, no string
/// per field (party and currency names are interned from spans, amounts and timestamps are
/// parsed from spans).
/// </summary>
public static class LedgerCsvReader
{
    /// <summary>The required columns.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "payer", "payee", "amount", "currency", "timestamp"];

    /// <summary>Reads a file; bad input raises <see cref="InputException"/> with file, line and field.</summary>
    public static LedgerReadResult Read(string path, LedgerReadOptions? options = null)
    {
        options ??= new LedgerReadOptions();
        if (!File.Exists(path))
        {
            throw new InputException("file not found", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = stream.Length;
        var columns = new TransactionColumns(EstimateRows(stream));
        using var reader = Sep.New(',').Reader(o => o with { DisableColCountCheck = true, Unescape = true, Trim = SepTrim.Outer }).From(stream);
        var index = HeaderIndexes(reader, path);
        using var rejects = options.SkipBad && options.RejectsPath is { } rejectsPath ? new RejectsWriter(rejectsPath) : null;
        long bad = 0;
        long rows = 0;
        foreach (var row in reader)
        {
            var problem = AddRow(row, index, columns, out var field);
            if (problem is not null)
            {
                if (!options.SkipBad)
                {
                    throw new InputException(problem, path, row.LineNumberFrom, field);
                }

                bad++;
                rejects?.Write(row.LineNumberFrom, field, problem, row.Span);
            }

            if ((++rows & 0xFFFF) == 0)
            {
                options.Progress?.Invoke(rows, stream.CanSeek ? stream.Position : length);
            }
        }

        options.Progress?.Invoke(rows, length);
        return new LedgerReadResult(columns, bad, length);
    }

    private static string? AddRow(SepReader.Row row, int[] index, TransactionColumns columns, out string? field)
    {
        field = null;
        for (var c = 0; c < index.Length; c++)
        {
            if (index[c] >= row.ColCount || row[index[c]].Span.IsEmpty)
            {
                field = Columns[c];
                return index[c] >= row.ColCount ? $"missing field (row has {row.ColCount} of at least {index.Max() + 1} columns)" : "empty field";
            }
        }

        var id = row[index[0]].Span;
        var payer = row[index[1]].Span;
        var payee = row[index[2]].Span;
        if (payer.SequenceEqual(payee))
        {
            field = "payee";
            return $"payer and payee are the same party '{payer}'";
        }

        var amountText = row[index[3]].Span;
        var outcome = LedgerAmountParser.Parse(amountText, out var units, out var exact);
        if (outcome is LedgerAmountParser.Outcome.Negative or LedgerAmountParser.Outcome.Invalid)
        {
            field = "amount";
            return outcome == LedgerAmountParser.Outcome.Negative ? $"negative amount '{amountText}'" : $"not a decimal amount: '{amountText}'";
        }

        var timestampText = row[index[5]].Span;
        if (!IsoTimestamp.TryParseUtcTicks(timestampText, out var ticks))
        {
            field = "timestamp";
            return $"not an ISO 8601 timestamp: '{timestampText}'";
        }

        var currency = row[index[4]].Span;
        if (outcome == LedgerAmountParser.Outcome.Units)
        {
            columns.Add(id, payer, payee, units, currency, ticks);
        }
        else
        {
            columns.Add(id, payer, payee, exact, currency, ticks);
        }

        return null;
    }

    private static int[] HeaderIndexes(SepReader reader, string path)
    {
        var index = new int[Columns.Count];
        for (var c = 0; c < Columns.Count; c++)
        {
            if (!reader.Header.TryIndexOf(Columns[c], out index[c]))
            {
                throw new InputException($"header lacks column '{Columns[c]}' (expected {string.Join(',', Columns)})", path, 1, Columns[c]);
            }
        }

        return index;
    }

    // Sizing the columns from the average line length of the first 64 KB avoids growing (and so
    // briefly doubling) 10-million-row arrays; the small margin absorbs longer later lines.
    private static int EstimateRows(FileStream stream)
    {
        var sample = new byte[Math.Min(1 << 16, stream.Length)];
        var read = stream.Read(sample);
        stream.Position = 0;
        var lines = sample.AsSpan(0, read).Count((byte)'\n');
        if (lines < 2 || read < sample.Length)
        {
            return Math.Max(lines, 16);
        }

        var estimate = (double)stream.Length / read * lines * 1.02;
        return (int)Math.Min(Array.MaxLength, estimate + 1024);
    }
}
