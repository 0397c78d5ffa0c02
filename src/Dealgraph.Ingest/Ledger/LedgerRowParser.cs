using Dealgraph.Core.Ledger;
using nietras.SeparatedValues;

namespace Dealgraph.Ingest.Ledger;

/// <summary>Validates one CSV row and adds it to the columns, or says what is wrong with it.</summary>
internal static class LedgerRowParser
{
    /// <summary>Adds the row; returns null, or the problem and (in <paramref name="field"/>) the column at fault.</summary>
    public static string? Add(SepReader.Row row, int[] index, TransactionColumns columns, out string? field)
    {
        field = null;
        for (var c = 0; c < index.Length; c++)
        {
            if (index[c] >= row.ColCount || row[index[c]].Span.IsEmpty)
            {
                field = LedgerCsvReader.Columns[c];
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
}
