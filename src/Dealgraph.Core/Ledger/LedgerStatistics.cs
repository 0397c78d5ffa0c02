namespace Dealgraph.Core.Ledger;

/// <summary>Summary figures of a ledger: size, currencies, time span and the most active payers.</summary>
public sealed record LedgerStatistics(
    int Rows,
    int Parties,
    IReadOnlyList<CurrencyTotal> Currencies,
    DateTime? First,
    DateTime? Last,
    IReadOnlyList<PayerActivity> TopPayers)
{
    /// <summary>Computes the statistics of a graph; <paramref name="top"/> payers by number of payments.</summary>
    public static LedgerStatistics Of(TransactionGraph graph, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var counts = new long[graph.CurrencyCodes.Count];
        var sums = new decimal[graph.CurrencyCodes.Count];
        var units = new Int128[graph.CurrencyCodes.Count];
        long first = long.MaxValue, last = long.MinValue;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            int currency = graph.Currencies[e];
            counts[currency]++;
            if (graph.Units[e] == LedgerAmount.Exotic)
            {
                sums[currency] += graph.AmountOf(e);
            }
            else
            {
                units[currency] += graph.Units[e];
            }

            first = Math.Min(first, graph.Ticks[e]);
            last = Math.Max(last, graph.Ticks[e]);
        }

        var currencies = Enumerable.Range(0, counts.Length)
            .Select(c => new CurrencyTotal(graph.CurrencyCodes.NameOf(c), counts[c], sums[c] + ((decimal)units[c] / LedgerAmount.UnitsPerOne)))
            .OrderByDescending(c => c.Transactions)
            .ToList();
        var payers = Enumerable.Range(0, graph.PartyCount)
            .Select(p => new PayerActivity(graph.Parties.NameOf(p), graph.Offsets[p + 1] - graph.Offsets[p]))
            .Where(p => p.Payments > 0)
            .OrderByDescending(p => p.Payments)
            .ThenBy(p => p.Party, StringComparer.Ordinal)
            .Take(top)
            .ToList();
        return graph.EdgeCount == 0
            ? new LedgerStatistics(0, graph.PartyCount, currencies, null, null, payers)
            : new LedgerStatistics(graph.EdgeCount, graph.PartyCount, currencies, new DateTime(first, DateTimeKind.Utc), new DateTime(last, DateTimeKind.Utc), payers);
    }
}
