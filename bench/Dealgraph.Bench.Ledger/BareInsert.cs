using System.Globalization;
using Dealgraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Dealgraph.Bench.Ledger;

/// <summary>
/// The peer: the same rows into the same tables with the leanest code SQLite allows —
/// one transaction, one prepared statement per table, no change detection, no reads.
/// </summary>
internal static class BareInsert
{
    public static void Run(string path, Dataset dataset, string schemaSql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;");
        Exec(connection, schemaSql);
        using var tx = connection.BeginTransaction();
        Insert(connection, tx, "INSERT INTO parties VALUES ($a,$b,$c,$d)", dataset.Parties, (p, v) => { v[0] = p.Id; v[1] = p.Name; v[2] = "company"; v[3] = "[]"; }, 4);
        Insert(connection, tx, "INSERT INTO sources VALUES ($a,$b,$c,$d,$e,$f,$g)", dataset.Sources,
            (s, v) => { v[0] = s.Id; v[1] = s.Outlet; v[2] = s.Url; v[3] = s.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); v[4] = s.Language; v[5] = s.Title; v[6] = "news"; }, 7);
        Insert(connection, tx, "INSERT INTO deals VALUES ($a,$b,$c,$d,$e,$f,$g)", dataset.Deals,
            (d, v) => { v[0] = d.Id; v[1] = d.Title; v[2] = "loan"; v[3] = d.Payer; v[4] = d.Payee; v[5] = "[]"; v[6] = d.Terms; }, 7);
        var rows = dataset.Deals.SelectMany(d => d.Claims.Select((c, i) => (Deal: d.Id, Seq: i, Claim: c)));
        Insert(connection, tx, "INSERT INTO claims VALUES (" + string.Join(",", Enumerable.Range(0, 25).Select(i => $"$p{i}")) + ")", rows, (r, v) =>
        {
            var c = r.Claim;
            v[0] = r.Deal; v[1] = r.Seq; v[2] = c.Id; v[3] = c.SourceId;
            v[4] = c.Reported.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture); v[5] = c.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            v[6] = "asserts"; v[7] = "normal"; v[8] = c.Status?.ToString();
            v[9] = c.Headline?.Currency.Code; v[10] = c.Headline is null ? null : "up-to"; v[11] = c.Headline?.Low?.ToString(CultureInfo.InvariantCulture); v[12] = c.Headline?.High?.ToString(CultureInfo.InvariantCulture);
            v[13] = c.Binding?.Currency.Code; v[14] = c.Binding is null ? null : "exact"; v[15] = c.Binding?.Low?.ToString(CultureInfo.InvariantCulture); v[16] = c.Binding?.High?.ToString(CultureInfo.InvariantCulture);
            for (var i = 17; i < 25; i++)
            {
                v[i] = null;
            }
            v[23] = c.Quote;
        }, 25);
        tx.Commit();
    }

    private static void Insert<T>(SqliteConnection connection, SqliteTransaction tx, string sql, IEnumerable<T> items, Action<T, object?[]> fill, int width)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        var names = System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value).ToArray();
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }
        command.Prepare();
        var values = new object?[width];
        foreach (var item in items)
        {
            fill(item, values);
            for (var i = 0; i < width; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    private static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
