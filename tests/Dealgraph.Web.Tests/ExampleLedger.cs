using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>A temp database holding a dataset (the bundled example by default), imported once per test class.</summary>
public class ExampleLedger : IDisposable
{
    private readonly TempDirectory _temp = new();

    public ExampleLedger()
        : this(RepoPaths.Example)
    {
    }

    protected ExampleLedger(string dataset)
    {
        Db = _temp.File("dealgraph.db");
        using var store = DealStores.Open(Db);
        store.Import(DatasetReader.Read([dataset]));
    }

    public string Db { get; }

    public string TempFolder(string name)
    {
        var path = _temp.File(name);
        Directory.CreateDirectory(path);
        return path;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing) => _temp.Dispose();
}

/// <summary>The hostile-text dataset: names, titles and quotes that try to run script.</summary>
public sealed class HostileLedger() : ExampleLedger(RepoPaths.Data("datasets", "hostile"));
