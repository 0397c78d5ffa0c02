namespace Dealgraph.Storage;

/// <summary>The SELECT of each table, in the column orders <see cref="LedgerRows"/> expects (stores differ only in collation and types).</summary>
/// <param name="Parties">id, name, kind, aliases.</param>
/// <param name="Sources">id, outlet, url, published, language, title, kind.</param>
/// <param name="Deals">id, title, kind, payer, payee, legs, terms.</param>
/// <param name="Claims">See <see cref="LedgerRows.Claim"/>; ordered by deal and sequence.</param>
/// <param name="Facts">See <see cref="LedgerRows.Fact"/>.</param>
/// <param name="FxRates">from_currency, to_currency, rate, date, source_id.</param>
internal sealed record LedgerQueries(string Parties, string Sources, string Deals, string Claims, string Facts, string FxRates)
{
    /// <summary>The queries with <paramref name="collate"/> (e.g. <c> COLLATE "C"</c>) after text sort keys, so every store sorts ids by code point.</summary>
    public static LedgerQueries Ordered(string collate) => new(
        $"SELECT id, name, kind, aliases FROM parties ORDER BY id{collate}",
        $"SELECT id, outlet, url, published, language, title, kind FROM sources ORDER BY id{collate}",
        $"SELECT id, title, kind, payer, payee, legs, terms FROM deals ORDER BY id{collate}",
        $"""
        SELECT deal_id, id, source_id, reported, effective, stance, rank, status,
               headline_currency, headline_qualifier, headline_low, headline_high,
               binding_currency, binding_qualifier, binding_low, binding_high,
               paid_currency, paid_qualifier, paid_low, paid_high,
               terms, superseded_by, quote, note
        FROM claims ORDER BY deal_id{collate}, seq
        """,
        $"SELECT id, party, metric, currency, qualifier, low, high, source_id, reported, effective, rank, quote, note FROM facts ORDER BY id{collate}",
        "SELECT from_currency, to_currency, rate, date, source_id FROM fx_rates ORDER BY from_currency, to_currency, date");
}
