using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Npgsql;
using NpgsqlTypes;
using static Dealgraph.Storage.ColumnCodec;

namespace Dealgraph.Storage.Postgres;

/// <summary>
/// Writes a <see cref="LedgerDiff"/> inside the caller's transaction. New deals and all claims
/// go in by binary COPY (the bulk path); upserts of parties, sources, facts and rates go in
/// batches of parameterized statements.
/// </summary>
internal sealed class PostgresLedgerWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private const int BatchSize = 1000;

    public void Write(LedgerDiff diff)
    {
        Upsert([.. diff.Parties.Added, .. diff.Parties.Updated], """
            INSERT INTO parties (id, name, kind, aliases) VALUES ($1, $2, $3, $4)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, aliases = excluded.aliases
            """, p => [p.Id, p.Name, Word(p.Kind), p.Aliases.ToArray()]);
        Upsert([.. diff.Sources.Added, .. diff.Sources.Updated], """
            INSERT INTO sources (id, outlet, url, published, language, title, kind) VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO UPDATE SET outlet = excluded.outlet, url = excluded.url, published = excluded.published,
                language = excluded.language, title = excluded.title, kind = excluded.kind
            """, s => [s.Id, s.Outlet, s.Url, s.Published, s.Language, s.Title, Word(s.Kind)]);
        var replaced = diff.Deals.Updated.Select(d => d.Id).ToArray();
        if (replaced.Length > 0)
        {
            using var delete = new NpgsqlCommand("DELETE FROM claims WHERE deal_id = ANY($1)", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = replaced });
            delete.ExecuteNonQuery();
            Upsert(diff.Deals.Updated, "UPDATE deals SET title = $2, kind = $3, payer = $4, payee = $5, legs = $6, terms = $7 WHERE id = $1", DealValues);
        }
        CopyDeals(diff.Deals.Added);
        CopyClaims([.. diff.Deals.Added, .. diff.Deals.Updated]);
        Upsert([.. diff.Facts.Added, .. diff.Facts.Updated], """
            INSERT INTO facts (id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (id) DO UPDATE SET party = excluded.party, metric = excluded.metric, currency = excluded.currency,
                qualifier = excluded.qualifier, low = excluded.low, high = excluded.high, source_id = excluded.source_id,
                reported = excluded.reported, effective = excluded.effective, rank = excluded.rank, quote = excluded.quote, note = excluded.note
            """, f => [f.Id, f.Party, Word(f.Metric), f.Value.Currency.Code, Word(f.Value.Qualifier), f.Value.Low, f.Value.High,
                f.SourceId, f.Reported, f.Effective, Word(f.Rank), f.Quote, f.Note]);
        if (diff.RemovedFacts.Count > 0)
        {
            using var delete = new NpgsqlCommand("DELETE FROM facts WHERE id = ANY($1)", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = diff.RemovedFacts.Select(f => f.Id).ToArray() });
            delete.ExecuteNonQuery();
        }
        Upsert([.. diff.FxRates.Added, .. diff.FxRates.Updated], """
            INSERT INTO fx_rates (from_currency, to_currency, date, rate, source_id) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (from_currency, to_currency, date) DO UPDATE SET rate = excluded.rate, source_id = excluded.source_id
            """, x => [x.From.Code, x.To.Code, x.Date, x.Rate, x.SourceId]);
    }

    private static object?[] DealValues(Deal d) => [d.Id, d.Title, Word(d.Kind), d.Payer, d.Payee, d.Legs.ToArray(), d.Terms];

    private void Upsert<T>(IReadOnlyList<T> items, string sql, Func<T, object?[]> values)
    {
        foreach (var chunk in items.Chunk(BatchSize))
        {
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var item in chunk)
            {
                var command = new NpgsqlBatchCommand(sql);
                foreach (var value in values(item))
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }
                batch.BatchCommands.Add(command);
            }
            batch.ExecuteNonQuery();
        }
    }

    private void CopyDeals(IReadOnlyList<Deal> deals)
    {
        if (deals.Count == 0)
        {
            return;
        }
        using var importer = connection.BeginBinaryImport("COPY deals (id, title, kind, payer, payee, legs, terms) FROM STDIN (FORMAT BINARY)");
        foreach (var d in deals)
        {
            importer.StartRow();
            importer.Write(d.Id, NpgsqlDbType.Text);
            importer.Write(d.Title, NpgsqlDbType.Text);
            importer.Write(Word(d.Kind), NpgsqlDbType.Text);
            importer.Write(d.Payer, NpgsqlDbType.Text);
            importer.Write(d.Payee, NpgsqlDbType.Text);
            importer.Write(d.Legs.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            WriteText(importer, d.Terms);
        }
        importer.Complete();
    }

    private void CopyClaims(IReadOnlyList<Deal> deals)
    {
        if (deals.Count == 0)
        {
            return;
        }
        using var importer = connection.BeginBinaryImport("""
            COPY claims (deal_id, seq, id, source_id, reported, effective, stance, rank, status,
                headline_currency, headline_qualifier, headline_low, headline_high,
                binding_currency, binding_qualifier, binding_low, binding_high,
                paid_currency, paid_qualifier, paid_low, paid_high, terms, superseded_by, quote, note) FROM STDIN (FORMAT BINARY)
            """);
        foreach (var deal in deals)
        {
            for (var seq = 0; seq < deal.Claims.Count; seq++)
            {
                var c = deal.Claims[seq];
                importer.StartRow();
                importer.Write(deal.Id, NpgsqlDbType.Text);
                importer.Write(seq, NpgsqlDbType.Integer);
                importer.Write(c.Id, NpgsqlDbType.Text);
                importer.Write(c.SourceId, NpgsqlDbType.Text);
                importer.Write(c.Reported, NpgsqlDbType.Date);
                importer.Write(c.Effective, NpgsqlDbType.Date);
                importer.Write(Word(c.Stance), NpgsqlDbType.Text);
                importer.Write(Word(c.Rank), NpgsqlDbType.Text);
                WriteText(importer, c.Status is { } s ? Word(s) : null);
                WriteAmount(importer, c.Headline);
                WriteAmount(importer, c.Binding);
                WriteAmount(importer, c.Paid);
                WriteText(importer, c.Terms);
                WriteText(importer, c.SupersededBy);
                WriteText(importer, c.Quote);
                WriteText(importer, c.Note);
            }
        }
        importer.Complete();
    }

    private static void WriteText(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void WriteNumber(NpgsqlBinaryImporter importer, decimal? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Numeric);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteAmount(NpgsqlBinaryImporter importer, Amount? amount)
    {
        WriteText(importer, amount?.Currency.Code);
        WriteText(importer, amount is null ? null : Word(amount.Qualifier));
        WriteNumber(importer, amount?.Low);
        WriteNumber(importer, amount?.High);
    }
}
