using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using static Dealgraph.Storage.ColumnCodec;

namespace Dealgraph.Storage;

/// <summary>
/// Maps the rows of the ledger's tables to domain objects, once for every store. Column order is
/// the contract with each store's SELECTs; how a store keeps dates, numbers and lists is given by
/// its <see cref="ColumnReader"/>.
/// </summary>
internal static class LedgerRows
{
    /// <summary>Columns: id, name, kind, aliases.</summary>
    public static Party Party(ColumnReader r) =>
        new(r.Text(0)!, r.Text(1)!, Word<PartyKind>(r.Text(2)!), r.Strings(3));

    /// <summary>Columns: id, outlet, url, published, language, title, kind.</summary>
    public static Source Source(ColumnReader r) =>
        new(r.Text(0)!, r.Text(1)!, r.Text(2), r.OptionalDate(3), r.Text(4), r.Text(5), Word<SourceKind>(r.Text(6)!));

    /// <summary>Columns: deal_id, id, source_id, reported, effective, stance, rank, status, 3 × (currency, qualifier, low, high), terms, superseded_by, quote, note.</summary>
    public static (string DealId, Claim Claim) Claim(ColumnReader r) => (r.Text(0)!, new Claim
    {
        Id = r.Text(1)!,
        SourceId = r.Text(2)!,
        Reported = r.Date(3),
        Effective = r.Date(4),
        Stance = Word<Stance>(r.Text(5)!),
        Rank = Word<Rank>(r.Text(6)!),
        Status = r.Text(7) is { } s ? Word<DealStatus>(s) : null,
        Headline = AmountAt(r, 8),
        Binding = AmountAt(r, 12),
        Paid = AmountAt(r, 16),
        Terms = r.Text(20),
        SupersededBy = r.Text(21),
        Quote = r.Text(22),
        Note = r.Text(23),
    });

    /// <summary>Columns: id, title, kind, payer, payee, legs, terms.</summary>
    public static Deal Deal(ColumnReader r, IReadOnlyDictionary<string, List<Claim>> claims) =>
        new(r.Text(0)!, r.Text(1)!, Word<DealKind>(r.Text(2)!), r.Text(3)!, r.Text(4)!, r.Strings(5), r.Text(6),
            claims.GetValueOrDefault(r.Text(0)!) ?? []);

    /// <summary>Columns: id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note.</summary>
    public static Fact Fact(ColumnReader r) => new()
    {
        Id = r.Text(0)!,
        Party = r.Text(1)!,
        Metric = Word<FactMetric>(r.Text(2)!),
        Value = AmountAt(r, 3)!,
        SourceId = r.Text(7)!,
        Reported = r.Date(8),
        Effective = r.Date(9),
        Rank = Word<Rank>(r.Text(10)!),
        Quote = r.Text(11),
        Note = r.Text(12),
    };

    /// <summary>Columns: from_currency, to_currency, rate, date, source_id.</summary>
    public static FxRate FxRate(ColumnReader r) =>
        new(Currency.Parse(r.Text(0)!), Currency.Parse(r.Text(1)!), r.Number(2)!.Value, r.Date(3), r.Text(4)!);

    /// <summary>Reads the whole ledger with one SELECT per table, in the column orders above.</summary>
    public static Dataset ReadAll(Func<string, IEnumerable<ColumnReader>> query, LedgerQueries sql)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(sql);
        var claims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var row in query(sql.Claims))
        {
            var (dealId, claim) = Claim(row);
            if (!claims.TryGetValue(dealId, out var list))
            {
                claims[dealId] = list = [];
            }
            list.Add(claim);
        }
        return new Dataset(
            [.. query(sql.Parties).Select(Party)],
            [.. query(sql.Sources).Select(Source)],
            [.. query(sql.Deals).Select(r => Deal(r, claims))],
            [.. query(sql.Facts).Select(Fact)],
            [.. query(sql.FxRates).Select(FxRate)]);
    }

    private static Amount? AmountAt(ColumnReader r, int i) =>
        r.Text(i) is { } currency && r.Text(i + 1) is { } qualifier
            ? Core.Money.Amount.Create(Word<AmountQualifier>(qualifier), r.Number(i + 2), r.Number(i + 3), Currency.Parse(currency))
            : null;
}
