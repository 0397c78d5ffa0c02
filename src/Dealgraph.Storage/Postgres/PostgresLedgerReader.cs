using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Npgsql;
using static Dealgraph.Storage.ColumnCodec;

namespace Dealgraph.Storage.Postgres;

/// <summary>Reads the whole ledger back into the domain model inside the caller's transaction.</summary>
internal static class PostgresLedgerReader
{
    public static Dataset Read(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var parties = Query(connection, transaction, "SELECT id, name, kind, aliases FROM parties ORDER BY id COLLATE \"C\"",
            r => new Party(r.GetString(0), r.GetString(1), Word<PartyKind>(r.GetString(2)), r.GetFieldValue<string[]>(3)));
        var sources = Query(connection, transaction, "SELECT id, outlet, url, published, language, title, kind FROM sources ORDER BY id COLLATE \"C\"",
            r => new Source(r.GetString(0), r.GetString(1), Text(r, 2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), Text(r, 4), Text(r, 5), Word<SourceKind>(r.GetString(6))));
        var claimsByDeal = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var (dealId, claim) in Query(connection, transaction, """
            SELECT deal_id, id, source_id, reported, effective, stance, rank, status,
                   headline_currency, headline_qualifier, headline_low, headline_high,
                   binding_currency, binding_qualifier, binding_low, binding_high,
                   paid_currency, paid_qualifier, paid_low, paid_high,
                   terms, superseded_by, quote, note
            FROM claims ORDER BY deal_id COLLATE "C", seq
            """, r => (r.GetString(0), new Claim
        {
            Id = r.GetString(1),
            SourceId = r.GetString(2),
            Reported = r.GetFieldValue<DateOnly>(3),
            Effective = r.GetFieldValue<DateOnly>(4),
            Stance = Word<Stance>(r.GetString(5)),
            Rank = Word<Rank>(r.GetString(6)),
            Status = Text(r, 7) is { } s ? Word<DealStatus>(s) : null,
            Headline = AmountAt(r, 8),
            Binding = AmountAt(r, 12),
            Paid = AmountAt(r, 16),
            Terms = Text(r, 20),
            SupersededBy = Text(r, 21),
            Quote = Text(r, 22),
            Note = Text(r, 23),
        })))
        {
            if (!claimsByDeal.TryGetValue(dealId, out var list))
            {
                claimsByDeal[dealId] = list = [];
            }
            list.Add(claim);
        }
        var deals = Query(connection, transaction, "SELECT id, title, kind, payer, payee, legs, terms FROM deals ORDER BY id COLLATE \"C\"",
            r => new Deal(r.GetString(0), r.GetString(1), Word<DealKind>(r.GetString(2)), r.GetString(3), r.GetString(4),
                r.GetFieldValue<string[]>(5), Text(r, 6), claimsByDeal.GetValueOrDefault(r.GetString(0)) ?? []));
        var facts = Query(connection, transaction, """
            SELECT id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note
            FROM facts ORDER BY id COLLATE "C"
            """, r => new Fact
        {
            Id = r.GetString(0),
            Party = r.GetString(1),
            Metric = Word<FactMetric>(r.GetString(2)),
            Value = AmountAt(r, 3)!,
            SourceId = r.GetString(7),
            Reported = r.GetFieldValue<DateOnly>(8),
            Effective = r.GetFieldValue<DateOnly>(9),
            Rank = Word<Rank>(r.GetString(10)),
            Quote = Text(r, 11),
            Note = Text(r, 12),
        });
        var rates = Query(connection, transaction, "SELECT from_currency, to_currency, rate, date, source_id FROM fx_rates ORDER BY from_currency, to_currency, date",
            r => new FxRate(Currency.Parse(r.GetString(0)), Currency.Parse(r.GetString(1)), r.GetDecimal(2), r.GetFieldValue<DateOnly>(3), r.GetString(4)));
        return new Dataset(parties, sources, deals, facts, rates);
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static decimal? Number(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    private static Amount? AmountAt(NpgsqlDataReader r, int i) =>
        Text(r, i) is { } currency && Text(r, i + 1) is { } qualifier
            ? Core.Money.Amount.Create(Word<AmountQualifier>(qualifier), Number(r, i + 2), Number(r, i + 3), Currency.Parse(currency))
            : null;

    private static List<T> Query<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, Func<NpgsqlDataReader, T> map)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        using var reader = command.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }
        return list;
    }
}
