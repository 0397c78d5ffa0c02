namespace Dealgraph.Storage.Sqlite;

/// <summary>
/// Versioned schema, one script per version, applied in order inside a transaction and
/// recorded in <c>PRAGMA user_version</c>. Never edit a released script: add the next one.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: the ledger. Amounts are four columns (currency, qualifier, low, high); decimals are
        // stored as TEXT so SQLite's REAL never rounds them.
        """
        CREATE TABLE parties (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            aliases TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            outlet TEXT NOT NULL,
            url TEXT,
            published TEXT,
            language TEXT,
            title TEXT,
            kind TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE deals (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            kind TEXT NOT NULL,
            payer TEXT NOT NULL REFERENCES parties(id),
            payee TEXT NOT NULL REFERENCES parties(id),
            legs TEXT NOT NULL,
            terms TEXT
        ) WITHOUT ROWID;
        CREATE TABLE claims (
            deal_id TEXT NOT NULL REFERENCES deals(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            reported TEXT NOT NULL,
            effective TEXT NOT NULL,
            stance TEXT NOT NULL,
            rank TEXT NOT NULL,
            status TEXT,
            headline_currency TEXT, headline_qualifier TEXT, headline_low TEXT, headline_high TEXT,
            binding_currency TEXT, binding_qualifier TEXT, binding_low TEXT, binding_high TEXT,
            paid_currency TEXT, paid_qualifier TEXT, paid_low TEXT, paid_high TEXT,
            terms TEXT,
            superseded_by TEXT,
            quote TEXT,
            note TEXT,
            PRIMARY KEY (deal_id, seq)
        ) WITHOUT ROWID;
        CREATE INDEX claims_source ON claims(source_id);
        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            party TEXT NOT NULL REFERENCES parties(id),
            metric TEXT NOT NULL,
            currency TEXT NOT NULL, qualifier TEXT NOT NULL, low TEXT, high TEXT,
            source_id TEXT NOT NULL REFERENCES sources(id),
            reported TEXT NOT NULL,
            effective TEXT NOT NULL,
            rank TEXT NOT NULL,
            quote TEXT,
            note TEXT
        ) WITHOUT ROWID;
        CREATE TABLE fx_rates (
            from_currency TEXT NOT NULL,
            to_currency TEXT NOT NULL,
            date TEXT NOT NULL,
            rate TEXT NOT NULL,
            source_id TEXT NOT NULL REFERENCES sources(id),
            PRIMARY KEY (from_currency, to_currency, date)
        ) WITHOUT ROWID;
        """,
        // 2: a change stamp, bumped in the same transaction as every import that writes, so a
        // running server sees imports made by another process with one cheap read.
        """
        CREATE TABLE dealgraph_changes (id INTEGER PRIMARY KEY CHECK (id = 1), stamp INTEGER NOT NULL);
        INSERT INTO dealgraph_changes (id, stamp) VALUES (1, 0);
        """,
        // 3: claim ids unique in the whole ledger, not only within one import (see DuplicateClaimIds,
        // which refuses an older database that already holds one twice before this runs).
        DuplicateClaimIds.AddUniqueIndex,
    ];
}
