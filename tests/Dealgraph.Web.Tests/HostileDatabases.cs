using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>A fresh copy of the example ledger on either store, for tests that try to damage it.</summary>
internal static class HostileDatabases
{
    public static string Create(string kind, PostgresServer postgres, TempDirectory temp)
    {
        var db = kind == "sqlite" ? temp.File(Guid.NewGuid().ToString("N") + ".db") : postgres.CreateDatabase();
        using var store = DealStores.Open(db);
        store.Import(DatasetReader.Read([RepoPaths.Example]));
        return db;
    }

    /// <summary>What the store holds, and its change stamp: equal before and after means nothing was written or dropped.</summary>
    public static (StoreCounts Counts, long Stamp) State(string db)
    {
        using var store = DealStores.Open(db);
        return (store.Count(), store.ChangeStamp());
    }
}
