using Dealgraph.Core.Model;
using Microsoft.Data.Sqlite;
using static Dealgraph.Storage.ColumnCodec;

namespace Dealgraph.Storage.Sqlite;

/// <summary>
/// Writes a <see cref="LedgerDiff"/> inside the caller's transaction: only new or changed
/// entities. A changed deal is replaced with all its claims, so a file edit never leaves
/// stale claims behind.
/// </summary>
internal sealed class SqliteLedgerWriter(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteCommand? _insertClaim;

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }
        _insertClaim?.Dispose();
    }

    /// <summary>Writes what the diff adds and replaces; unchanged entities are not touched.</summary>
    public void Write(LedgerDiff diff)
    {
        Write(diff.Parties, WriteParty);
        Write(diff.Sources, WriteSource);
        // Claims of replaced deals go first: a claim id may move from a replaced deal to another
        // deal in the same import, and the unique index on claims(id) is checked per statement.
        foreach (var deal in diff.Deals.Updated)
        {
            Execute("DELETE FROM claims WHERE deal_id = $id", ("$id", deal.Id));
        }
        Write(diff.Deals, WriteDeal);
        Write(diff.Facts, WriteFact);
        foreach (var fact in diff.RemovedFacts)
        {
            Execute("DELETE FROM facts WHERE id = $id", ("$id", fact.Id));
        }
        Write(diff.FxRates, WriteFx);
    }

    private static void Write<T>(Changes<T> changes, Action<T, bool> write)
    {
        foreach (var item in changes.Added)
        {
            write(item, false);
        }
        foreach (var item in changes.Updated)
        {
            write(item, true);
        }
    }

    private void WriteParty(Party p, bool replace) => Execute(
        "INSERT OR REPLACE INTO parties (id, name, kind, aliases) VALUES ($id, $name, $kind, $aliases)",
        ("$id", p.Id), ("$name", p.Name), ("$kind", Word(p.Kind)), ("$aliases", List(p.Aliases)));

    private void WriteSource(Source s, bool replace) => Execute(
        "INSERT OR REPLACE INTO sources (id, outlet, url, published, language, title, kind) VALUES ($id, $outlet, $url, $published, $language, $title, $kind)",
        ("$id", s.Id), ("$outlet", s.Outlet), ("$url", s.Url), ("$published", s.Published is { } d ? Date(d) : null),
        ("$language", s.Language), ("$title", s.Title), ("$kind", Word(s.Kind)));

    private void WriteDeal(Deal d, bool replace)
    {
        if (replace)
        {
            Execute("UPDATE deals SET title = $title, kind = $kind, payer = $payer, payee = $payee, legs = $legs, terms = $terms WHERE id = $id", DealParameters(d));
        }
        else
        {
            Execute("INSERT INTO deals (id, title, kind, payer, payee, legs, terms) VALUES ($id, $title, $kind, $payer, $payee, $legs, $terms)", DealParameters(d));
        }
        for (var seq = 0; seq < d.Claims.Count; seq++)
        {
            WriteClaim(d.Id, seq, d.Claims[seq]);
        }
    }

    private static (string, object?)[] DealParameters(Deal d) =>
        [("$id", d.Id), ("$title", d.Title), ("$kind", Word(d.Kind)), ("$payer", d.Payer), ("$payee", d.Payee), ("$legs", List(d.Legs)), ("$terms", d.Terms)];

    private void WriteClaim(string dealId, int seq, Claim c)
    {
        // One prepared command reused for every claim: this is the hot loop of a bulk import.
        if (_insertClaim is null)
        {
            _insertClaim = connection.CreateCommand();
            _insertClaim.Transaction = transaction;
            _insertClaim.CommandText = """
                INSERT INTO claims (deal_id, seq, id, source_id, reported, effective, stance, rank, status,
                    headline_currency, headline_qualifier, headline_low, headline_high,
                    binding_currency, binding_qualifier, binding_low, binding_high,
                    paid_currency, paid_qualifier, paid_low, paid_high, terms, superseded_by, quote, note)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16,
                    $p17, $p18, $p19, $p20, $p21, $p22, $p23, $p24)
                """;
            for (var i = 0; i < 25; i++)
            {
                _insertClaim.Parameters.Add(new SqliteParameter($"$p{i}", null));
            }
            _insertClaim.Prepare();
        }
        var (hc, hq, hl, hh) = Amount(c.Headline);
        var (bc, bq, bl, bh) = Amount(c.Binding);
        var (pc, pq, pl, ph) = Amount(c.Paid);
        object?[] values =
        [
            dealId, seq, c.Id, c.SourceId, Date(c.Reported), Date(c.Effective), Word(c.Stance), Word(c.Rank),
            c.Status is { } s ? Word(s) : null, hc, hq, hl, hh, bc, bq, bl, bh, pc, pq, pl, ph, c.Terms, c.SupersededBy, c.Quote, c.Note,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            _insertClaim.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        _insertClaim.ExecuteNonQuery();
    }

    private void WriteFact(Fact f, bool replace)
    {
        var (cur, q, lo, hi) = Amount(f.Value);
        Execute("""
            INSERT OR REPLACE INTO facts (id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note)
            VALUES ($id, $party, $metric, $currency, $qualifier, $low, $high, $source, $reported, $effective, $rank, $quote, $note)
            """,
            ("$id", f.Id), ("$party", f.Party), ("$metric", Word(f.Metric)), ("$currency", cur), ("$qualifier", q), ("$low", lo), ("$high", hi),
            ("$source", f.SourceId), ("$reported", Date(f.Reported)), ("$effective", Date(f.Effective)), ("$rank", Word(f.Rank)),
            ("$quote", f.Quote), ("$note", f.Note));
    }

    private void WriteFx(FxRate x, bool replace) => Execute(
        "INSERT OR REPLACE INTO fx_rates (from_currency, to_currency, date, rate, source_id) VALUES ($from, $to, $date, $rate, $source)",
        ("$from", x.From.Code), ("$to", x.To.Code), ("$date", Date(x.Date)), ("$rate", Decimal(x.Rate)), ("$source", x.SourceId));

    /// <summary>Runs a statement, preparing it once per writer: bulk imports repeat the same few statements.</summary>
    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }
            command.Prepare();
            _prepared[sql] = command;
        }
        foreach (var (name, value) in parameters)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }
}
