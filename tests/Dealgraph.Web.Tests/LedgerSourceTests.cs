using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Dealgraph.Web.Hosting;

namespace Dealgraph.Web.Tests;

/// <summary>The server keeps the dataset in memory and reloads it only when the database changes.</summary>
public sealed class LedgerSourceTests : IClassFixture<ExampleLedger>
{
    private readonly ExampleLedger _ledger;

    public LedgerSourceTests(ExampleLedger ledger) => _ledger = ledger;

    [Fact]
    public void An_unchanged_database_is_loaded_once_and_a_change_by_another_process_is_picked_up()
    {
        var source = new LedgerSource(_ledger.Db);

        var first = source.Dataset();
        var again = source.Dataset();
        var version = source.Version;

        Assert.Same(first, again);
        Assert.Equal(1, version);

        // As `dealgraph import` would, next to a running server.
        using (var store = DealStores.Open(_ledger.Db))
        {
            store.Import(DatasetReader.ReadText("- id: initech-2\n  name: Initech Two\n  kind: company\n", "parties.yaml", store.Load()));
        }

        Assert.Contains(source.Dataset().Parties, p => p.Id == "initech-2");
        Assert.Equal(2, source.Version);
    }
}
