using System.Diagnostics;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Cli.Tests;

/// <summary>
/// <c>kill -9</c> of a real <c>dealgraph import</c> process at several points leaves the database
/// exactly as it was before that import, on both stores.
/// </summary>
[Collection("postgres")]
public sealed class CrashDuringImportTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Killing_an_import_leaves_sqlite_as_before() =>
        KillInsideTheImportTransaction(() => _temp.File($"crash-{Guid.NewGuid():N}.db"), db => File.Exists(db + "-wal") && new FileInfo(db + "-wal").Length > 0);

    [Fact]
    public void Killing_an_import_leaves_postgres_as_before() =>
        KillInsideTheImportTransaction(server.CreateDatabase, HoldsImportLock);

    /// <summary>
    /// For each delay: a fresh store holding the mini dataset, a real import process of a big dataset,
    /// SIGKILL once the import's write transaction is under way (plus the delay), then the store must
    /// hold exactly what it held before.
    /// </summary>
    private void KillInsideTheImportTransaction(Func<string> freshDb, Func<string, bool> writing)
    {
        var big = _temp.File("big");
        var bigDataset = Synthetic(deals: 3_000, claimsPerDeal: 4);
        DatasetWriter.Write(bigDataset, big);
        var complete = freshDb();
        using (var store = DealStores.Open(complete))
        {
            store.Import(DatasetReader.Read([RepoPaths.Data("datasets", "mini")]));
            store.Import(bigDataset);
        }
        var after = Snapshot(complete);
        var rolledBack = 0;
        foreach (var delay in new[] { 0, 25, 100 })
        {
            var db = freshDb();
            using (var store = DealStores.Open(db))
            {
                store.Import(DatasetReader.Read([RepoPaths.Data("datasets", "mini")]));
            }
            var before = Snapshot(db);
            using var import = StartImport(big, db);
            var watch = Stopwatch.StartNew();
            while (!import.HasExited && !writing(db) && watch.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(2);
            }
            Thread.Sleep(delay);
            if (!import.HasExited)
            {
                import.Kill(); // SIGKILL: no cleanup, no rollback by the process itself.
            }
            import.WaitForExit();
            // All or nothing: exactly as before, or exactly as after a complete import (killed after its commit).
            var state = Snapshot(db);
            Assert.True(state == before || state == after, $"partial import after kill at +{delay} ms: {state[..Math.Min(200, state.Length)]}");
            rolledBack += state == before ? 1 : 0;
        }
        Assert.True(rolledBack >= 1, "no kill landed inside the import transaction");
    }

    private bool HoldsImportLock(string db)
    {
        using var connection = new Npgsql.NpgsqlConnection(db);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted", connection);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static Process StartImport(string dataset, string db)
    {
        var cli = typeof(DealgraphApp).Assembly.Location;
        var info = new ProcessStartInfo("dotnet", [cli, "import", dataset, "--db", db, "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>What the store holds: counts, and every deal with its claim count and title.</summary>
    private static string Snapshot(string db)
    {
        using var store = DealStores.Open(db);
        var loaded = store.Load();
        return $"{store.Count()} {string.Join('|', loaded.Deals.Select(d => $"{d.Id}:{d.Claims.Count}:{d.Title}"))}";
    }

    private static Dataset Synthetic(int deals, int claimsPerDeal)
    {
        var random = new Random(7);
        var parties = Enumerable.Range(0, 200).Select(i => new Party($"p{i}", $"Party {i}", PartyKind.Company, [])).ToList();
        var sources = Enumerable.Range(0, 100).Select(i => new Source($"s{i}", $"Outlet {i}", null, new DateOnly(2024, 1, 1), "en", null, SourceKind.News)).ToList();
        var list = Enumerable.Range(0, deals).Select(d =>
        {
            var payer = random.Next(200);
            return new Deal($"big-{d}", $"Deal {d}", DealKind.PurchaseCommitment, $"p{payer}", $"p{(payer + 1) % 200}", [], null,
                [.. Enumerable.Range(0, claimsPerDeal).Select(c => new Claim
                {
                    Id = $"big-{d}#{c + 1}",
                    SourceId = $"s{random.Next(100)}",
                    Reported = new DateOnly(2024, 1, 1).AddDays(c),
                    Effective = new DateOnly(2024, 1, 1).AddDays(c),
                    Status = DealStatus.InTalks,
                    Headline = Amount.UpTo(random.Next(1, 1000) * 1e6m, Currency.Usd),
                })]);
        }).ToList();
        return new Dataset(parties, sources, list, [], []);
    }
}
