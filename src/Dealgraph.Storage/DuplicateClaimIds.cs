using System.Data.Common;
using System.Globalization;

namespace Dealgraph.Storage;

/// <summary>
/// Claim ids are unique in the whole ledger from schema <see cref="UniqueFromVersion"/> on (a unique
/// index on <c>claims(id)</c>). Imports before it checked only within one import, so an older
/// database may hold an id twice; it is refused with what to rename instead of failing inside the
/// index build with a bare constraint error. Nothing is renamed silently: which claim keeps the
/// id is the editor's call.
/// </summary>
internal static class DuplicateClaimIds
{
    /// <summary>The schema version whose migration adds the unique index.</summary>
    public const int UniqueFromVersion = 3;

    /// <summary>The migration script adding the index (the same SQL for both stores).</summary>
    public const string AddUniqueIndex = "CREATE UNIQUE INDEX claims_id ON claims(id);";

    private const string Query = """
        SELECT id, deal_id, seq FROM claims
        WHERE id IN (SELECT id FROM claims GROUP BY id HAVING count(*) > 1)
        ORDER BY id, deal_id, seq LIMIT 20
        """;

    /// <summary>Throws when the claims table holds an id more than once; run inside the migration's transaction.</summary>
    /// <exception cref="InvalidOperationException">The database holds a duplicated claim id.</exception>
    public static void RefuseIfAny(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Query;
        var rows = new List<(string Id, string DealId, int Seq)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
            }
        }
        if (rows.Count == 0)
        {
            return;
        }
        var id = rows[0].Id;
        var holders = rows.Where(r => r.Id == id).ToList();
        var (_, deal, seq) = holders[^1];
        throw new InvalidOperationException(
            $"this database holds claim id '{id}' on more than one deal ({string.Join(", ", holders.Select(h => $"{h.DealId} claims[{h.Seq}]"))}): " +
            "an import before claim ids were checked across the ledger let it through, and this dealgraph needs them unique. " +
            $"Give all but one another id, e.g. UPDATE claims SET id = '{deal}#{seq + 1}' WHERE deal_id = '{deal}' AND seq = {seq}; " +
            "then run dealgraph again (and change the id in that deal's file too).");
    }
}
