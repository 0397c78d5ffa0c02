using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

/// <summary>A ledger row as the definition talks about it: plain values, no indexes.</summary>
public sealed record LedgerRow(string Id, string Payer, string Payee, decimal Amount, string Currency, long Ticks)
{
    /// <summary>Loads rows into columns and builds the graph under test.</summary>
    public static TransactionGraph Graph(IEnumerable<LedgerRow> rows)
    {
        var columns = new TransactionColumns(16);
        foreach (var r in rows)
        {
            columns.Add(r.Id, r.Payer, r.Payee, r.Amount, r.Currency, r.Ticks);
        }

        return TransactionGraph.Build(columns);
    }

    /// <summary>Rows of a synthetic ledger, with party and currency names.</summary>
    public static List<LedgerRow> From(SyntheticLedger ledger) =>
        [.. ledger.Rows().Select(t => new LedgerRow(
            t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ledger.PartyName(t.Payer),
            ledger.PartyName(t.Payee),
            t.Cents / 100m,
            SyntheticLedger.Currencies[t.Currency],
            t.Ticks))];
}
