using System.Data.Common;
using Dealgraph.Core.Model;
using Npgsql;

namespace Dealgraph.Storage.Postgres;

/// <summary>Reads the whole ledger back into the domain model inside the caller's transaction.</summary>
internal static class PostgresLedgerReader
{
    // "C" collation: ids sort by code point, as on SQLite, whatever the database's locale.
    private static readonly LedgerQueries Queries = LedgerQueries.Ordered(" COLLATE \"C\"");

    public static Dataset Read(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        LedgerRows.ReadAll(sql => ColumnReader.Rows(new NpgsqlCommand(sql, connection, transaction), r => new PostgresColumns(r)), Queries);

    /// <summary>PostgreSQL keeps native date, numeric and text[].</summary>
    private sealed class PostgresColumns(DbDataReader reader) : ColumnReader(reader)
    {
        public override DateOnly Date(int i) => Reader.GetFieldValue<DateOnly>(i);

        public override decimal? Number(int i) => Reader.IsDBNull(i) ? null : Reader.GetDecimal(i);

        public override IReadOnlyList<string> Strings(int i) => Reader.GetFieldValue<string[]>(i);
    }
}
