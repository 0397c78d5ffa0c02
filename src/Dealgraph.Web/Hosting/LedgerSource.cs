using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Queries;
using Dealgraph.Storage;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// The ledger the server answers from. The dataset is loaded once and kept; it is reloaded when
/// the database file changes (an import through the API, or by the CLI next to a running server).
/// </summary>
public sealed class LedgerSource(string location)
{
    private readonly Lock _gate = new();
    private Dataset? _dataset;
    private (DateTime, DateTime, long) _stamp;

    /// <summary>The database location.</summary>
    public string Location { get; } = location;

    /// <summary>Changes each time the dataset is (re)loaded; answers computed under another version are stale.</summary>
    public int Version { get; private set; }

    /// <summary>The ledger as of a date.</summary>
    public Ledger At(DateOnly asOf) => Ledger.Of(Dataset(), asOf);

    /// <summary>The stored dataset, reloaded when the database changed.</summary>
    /// <exception cref="InputException">There is no database at <see cref="Location"/>.</exception>
    public Dataset Dataset()
    {
        var stamp = Stamp();
        lock (_gate)
        {
            if (_dataset is null || stamp != _stamp)
            {
                if (!DealStores.Exists(Location))
                {
                    throw new InputException("no database here; run 'dealgraph import <dataset>' or 'dealgraph demo' first", Location);
                }
                using (var store = DealStores.Open(Location))
                {
                    _dataset = store.Load();
                }
                // Stamped after the store is closed: closing removes the WAL file, which would otherwise look like a change.
                _stamp = Stamp();
                Version++;
            }
            return _dataset;
        }
    }

    /// <summary>Imports into the store in one transaction, then reloads.</summary>
    public Storage.ImportSummary Import(Func<Dataset, Dataset> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_gate)
        {
            using var store = DealStores.Open(Location);
            var summary = store.Import(read(store.Load()));
            _dataset = null;
            return summary;
        }
    }

    // SQLite in WAL mode writes the -wal file first: both files' times and the WAL's length tell a change.
    private (DateTime, DateTime, long) Stamp()
    {
        var wal = new FileInfo(Location + "-wal");
        return (File.GetLastWriteTimeUtc(Location), wal.Exists ? wal.LastWriteTimeUtc : default, wal.Exists ? wal.Length : 0);
    }
}
