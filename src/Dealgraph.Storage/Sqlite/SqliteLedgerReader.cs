using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Microsoft.Data.Sqlite;
using static Dealgraph.Storage.ColumnCodec;

namespace Dealgraph.Storage.Sqlite;

/// <summary>Reads the whole ledger back into the domain model, in a consistent snapshot (one transaction).</summary>
internal static class SqliteLedgerReader
{
    public static Dataset Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        var parties = Query(connection, transaction, "SELECT id, name, kind, aliases FROM parties ORDER BY id",
            r => new Party(r.GetString(0), r.GetString(1), Word<PartyKind>(r.GetString(2)), List(r.GetString(3))));
        var sources = Query(connection, transaction, "SELECT id, outlet, url, published, language, title, kind FROM sources ORDER BY id",
            r => new Source(r.GetString(0), r.GetString(1), Text(r, 2), Text(r, 3) is { } p ? Date(p) : null, Text(r, 4), Text(r, 5), Word<SourceKind>(r.GetString(6))));
        var claimsByDeal = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        Each(connection, transaction, """
            SELECT deal_id, id, source_id, reported, effective, stance, rank, status,
                   headline_currency, headline_qualifier, headline_low, headline_high,
                   binding_currency, binding_qualifier, binding_low, binding_high,
                   paid_currency, paid_qualifier, paid_low, paid_high,
                   terms, superseded_by, quote, note
            FROM claims ORDER BY deal_id, seq
            """, r =>
        {
            var dealId = r.GetString(0);
            if (!claimsByDeal.TryGetValue(dealId, out var list))
            {
                claimsByDeal[dealId] = list = [];
            }
            list.Add(new Claim
            {
                Id = r.GetString(1),
                SourceId = r.GetString(2),
                Reported = Date(r.GetString(3)),
                Effective = Date(r.GetString(4)),
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
            });
        });
        var deals = Query(connection, transaction, "SELECT id, title, kind, payer, payee, legs, terms FROM deals ORDER BY id",
            r => new Deal(r.GetString(0), r.GetString(1), Word<DealKind>(r.GetString(2)), r.GetString(3), r.GetString(4),
                List(r.GetString(5)), Text(r, 6), claimsByDeal.GetValueOrDefault(r.GetString(0)) ?? []));
        var facts = Query(connection, transaction, """
            SELECT id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note
            FROM facts ORDER BY id
            """, r => new Fact
        {
            Id = r.GetString(0),
            Party = r.GetString(1),
            Metric = Word<FactMetric>(r.GetString(2)),
            Value = AmountAt(r, 3)!,
            SourceId = r.GetString(7),
            Reported = Date(r.GetString(8)),
            Effective = Date(r.GetString(9)),
            Rank = Word<Rank>(r.GetString(10)),
            Quote = Text(r, 11),
            Note = Text(r, 12),
        });
        var rates = Query(connection, transaction, "SELECT from_currency, to_currency, rate, date, source_id FROM fx_rates ORDER BY from_currency, to_currency, date",
            r => new FxRate(Currency.Parse(r.GetString(0)), Currency.Parse(r.GetString(1)), Decimal(r.GetString(2))!.Value, Date(r.GetString(3)), r.GetString(4)));
        return new Dataset(parties, sources, deals, facts, rates);
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Amount? AmountAt(SqliteDataReader r, int i) => Amount(Text(r, i), Text(r, i + 1), Text(r, i + 2), Text(r, i + 3));

    private static List<T> Query<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> map)
    {
        var list = new List<T>();
        Each(connection, transaction, sql, r => list.Add(map(r)));
        return list;
    }

    private static void Each(SqliteConnection connection, SqliteTransaction transaction, string sql, Action<SqliteDataReader> row)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            row(reader);
        }
    }
}
