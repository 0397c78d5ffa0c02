using System.Text;
using Dealgraph.Core.Ledger;

namespace Dealgraph.Ingest.Ledger;

/// <summary>Validates one CSV row (UTF-8 fields) and adds it to the columns, or says what is wrong with it.</summary>
internal static class LedgerRowParser
{
    /// <summary>
    /// Adds the row whose field f is <paramref name="text"/>[<paramref name="bounds"/>[2f] .. <paramref name="bounds"/>[2f+1]]
    /// (<paramref name="fieldCount"/> fields in the row, bounds kept for the first <paramref name="bounds"/>.Length / 2);
    /// returns null, or the problem and (in <paramref name="field"/>) the column at fault.
    /// </summary>
    public static string? Add(ReadOnlySpan<byte> text, ReadOnlySpan<int> bounds, int fieldCount, int[] index, TransactionColumns columns, out string? field)
    {
        field = null;
        for (var c = 0; c < index.Length; c++)
        {
            var i = index[c];
            if (i >= fieldCount || bounds[(2 * i) + 1] == bounds[2 * i])
            {
                field = LedgerCsvReader.Columns[c];
                return i >= fieldCount ? $"missing field (row has {fieldCount} of at least {bounds.Length / 2} columns)" : "empty field";
            }
        }

        var id = Field(text, bounds, index[0]);
        var payer = Field(text, bounds, index[1]);
        var payee = Field(text, bounds, index[2]);
        if (payer.SequenceEqual(payee))
        {
            field = "payee";
            return $"payer and payee are the same party '{Encoding.UTF8.GetString(payer)}'";
        }

        var amountText = Field(text, bounds, index[3]);
        var outcome = LedgerAmountParser.Parse(amountText, out var units, out var exact);
        if (outcome is LedgerAmountParser.Outcome.Negative or LedgerAmountParser.Outcome.Invalid or LedgerAmountParser.Outcome.TooPrecise)
        {
            field = "amount";
            var shown = Encoding.UTF8.GetString(amountText);
            return outcome switch
            {
                LedgerAmountParser.Outcome.Negative => $"negative amount '{shown}'",
                LedgerAmountParser.Outcome.TooPrecise => $"amount '{shown}' has more digits than a decimal holds exactly (28–29 significant digits); refusing to round it",
                _ => $"not a decimal amount: '{shown}'",
            };
        }

        var timestampText = Field(text, bounds, index[5]);
        if (!IsoTimestamp.TryParseUtcTicks(timestampText, out var ticks))
        {
            field = "timestamp";
            return $"not an ISO 8601 timestamp: '{Encoding.UTF8.GetString(timestampText)}'";
        }

        var currency = Field(text, bounds, index[4]);
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

    private static ReadOnlySpan<byte> Field(ReadOnlySpan<byte> text, ReadOnlySpan<int> bounds, int i) =>
        text[bounds[2 * i]..bounds[(2 * i) + 1]];
}
