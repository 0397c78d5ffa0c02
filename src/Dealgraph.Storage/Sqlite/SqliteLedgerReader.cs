using System.Data.Common;
using Dealgraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Dealgraph.Storage.Sqlite;

/// <summary>Reads the whole ledger back into the domain model, in a consistent snapshot (the caller's transaction).</summary>
internal static class SqliteLedgerReader
{
    // SQLite's default BINARY collation already sorts by code point.
    private static readonly LedgerQueries Queries = LedgerQueries.Ordered("");

    public static Dataset Read(SqliteConnection connection, SqliteTransaction transaction) =>
        LedgerRows.ReadAll(sql =>
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return ColumnReader.Rows(command, r => new SqliteColumns(r));
        }, Queries);

    /// <summary>SQLite keeps dates and decimals as text, lists as JSON.</summary>
    private sealed class SqliteColumns(DbDataReader reader) : ColumnReader(reader)
    {
        public override DateOnly Date(int i) => ColumnCodec.Date(Reader.GetString(i));

        public override decimal? Number(int i) => ColumnCodec.Decimal(Text(i));

        public override IReadOnlyList<string> Strings(int i) => ColumnCodec.List(Reader.GetString(i));
    }
}
