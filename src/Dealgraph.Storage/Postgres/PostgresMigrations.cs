namespace Dealgraph.Storage.Postgres;

/// <summary>
/// Versioned schema for PostgreSQL, one script per version, recorded in <c>dealgraph_schema</c>.
/// Mirrors <see cref="Sqlite.SqliteMigrations"/> with native types (numeric, date, text[]).
/// Never edit a released script: add the next one.
/// </summary>
internal static class PostgresMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        """
        CREATE TABLE parties (
            id text PRIMARY KEY,
            name text NOT NULL,
            kind text NOT NULL,
            aliases text[] NOT NULL
        );
        CREATE TABLE sources (
            id text PRIMARY KEY,
            outlet text NOT NULL,
            url text,
            published date,
            language text,
            title text,
            kind text NOT NULL
        );
        CREATE TABLE deals (
            id text PRIMARY KEY,
            title text NOT NULL,
            kind text NOT NULL,
            payer text NOT NULL REFERENCES parties(id),
            payee text NOT NULL REFERENCES parties(id),
            legs text[] NOT NULL,
            terms text
        );
        CREATE TABLE claims (
            deal_id text NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            seq integer NOT NULL,
            id text NOT NULL,
            source_id text NOT NULL REFERENCES sources(id),
            reported date NOT NULL,
            effective date NOT NULL,
            stance text NOT NULL,
            rank text NOT NULL,
            status text,
            headline_currency text, headline_qualifier text, headline_low numeric, headline_high numeric,
            binding_currency text, binding_qualifier text, binding_low numeric, binding_high numeric,
            paid_currency text, paid_qualifier text, paid_low numeric, paid_high numeric,
            terms text,
            superseded_by text,
            quote text,
            note text,
            PRIMARY KEY (deal_id, seq)
        );
        CREATE INDEX claims_source ON claims(source_id);
        CREATE TABLE facts (
            id text PRIMARY KEY,
            party text NOT NULL REFERENCES parties(id),
            metric text NOT NULL,
            currency text NOT NULL, qualifier text NOT NULL, low numeric, high numeric,
            source_id text NOT NULL REFERENCES sources(id),
            reported date NOT NULL,
            effective date NOT NULL,
            rank text NOT NULL,
            quote text,
            note text
        );
        CREATE TABLE fx_rates (
            from_currency text NOT NULL,
            to_currency text NOT NULL,
            date date NOT NULL,
            rate numeric NOT NULL,
            source_id text NOT NULL REFERENCES sources(id),
            PRIMARY KEY (from_currency, to_currency, date)
        );
        """,
        // 2: the change stamp (see SqliteMigrations, version 2).
        """
        CREATE TABLE dealgraph_changes (id integer PRIMARY KEY CHECK (id = 1), stamp bigint NOT NULL);
        INSERT INTO dealgraph_changes (id, stamp) VALUES (1, 0);
        """,
        // 3: claim ids unique in the whole ledger, not only within one import (see DuplicateClaimIds,
        // which refuses an older database that already holds one twice before this runs).
        DuplicateClaimIds.AddUniqueIndex,
    ];
}
