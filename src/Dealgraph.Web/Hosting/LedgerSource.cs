using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Queries;
using Dealgraph.Storage;
using Dealgraph.Storage.Postgres;

namespace Dealgraph.Web.Hosting;

/// <summary>
/// The ledger the server answers from. The dataset is loaded once and kept; it is reloaded when
/// the store's change stamp moves (<see cref="IDealStore.ChangeStamp"/>: bumped by every import,
/// through this server, the CLI or another server on the same database).
/// </summary>
public sealed class LedgerSource : IDisposable
{
    /// <summary>After the store was found away, requests get 503 at once for this long instead of each trying to connect.</summary>
    public static readonly TimeSpan FailFast = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly Lock _importGate = new();
    private readonly long _checkEveryMs;
    private IDealStore? _store;
    // The dataset and its version change together, so a reader never pairs one with the other's partner.
    private Loaded? _loaded;
    private long _stamp;
    private long _freshUntil;
    private long _downUntil;
    private Exception? _down;

    /// <summary>A source on the store at <paramref name="location"/>.</summary>
    /// <param name="location">A SQLite file or a PostgreSQL URL / connection string.</param>
    /// <param name="checkEvery">
    /// How long a loaded dataset is answered from without asking the store for its change stamp.
    /// Default: every request for SQLite (a local point read), once a second for PostgreSQL (a round trip).
    /// </param>
    public LedgerSource(string location, TimeSpan? checkEvery = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        Location = location;
        CheckEvery = checkEvery ?? (PostgresUrl.IsPostgres(location) ? TimeSpan.FromSeconds(1) : TimeSpan.Zero);
        _checkEveryMs = (long)CheckEvery.TotalMilliseconds;
    }

    /// <summary>The database location.</summary>
    public string Location { get; }

    /// <summary>How long a loaded dataset is trusted before the change stamp is read again.</summary>
    public TimeSpan CheckEvery { get; }

    /// <summary>Changes each time the dataset is (re)loaded; answers computed under another version are stale.</summary>
    public int Version => Volatile.Read(ref _loaded)?.Version ?? 0;

    /// <summary>The ledger as of a date.</summary>
    public Ledger At(DateOnly asOf) => Ledger.Of(Dataset(), asOf);

    /// <summary>The stored dataset, reloaded when the store's change stamp moved.</summary>
    /// <exception cref="InputException">There is no database at <see cref="Location"/>.</exception>
    /// <exception cref="StoreUnavailableException">The store cannot be reached (after retries).</exception>
    public Dataset Dataset() => Current().Dataset;

    /// <summary>The stored dataset and its <see cref="Version"/>, read together.</summary>
    /// <exception cref="InputException">There is no database at <see cref="Location"/>.</exception>
    /// <exception cref="StoreUnavailableException">The store cannot be reached (after retries).</exception>
    public (Dataset Dataset, int Version) Current()
    {
        var kept = Volatile.Read(ref _loaded);
        if (kept is not null && Environment.TickCount64 < Volatile.Read(ref _freshUntil))
        {
            return (kept.Dataset, kept.Version);
        }
        lock (_gate)
        {
            if (_loaded is { } fresh && Environment.TickCount64 < _freshUntil)
            {
                return (fresh.Dataset, fresh.Version);
            }
            if (_down is not null && Environment.TickCount64 < _downUntil)
            {
                throw new StoreUnavailableException(_down);
            }
            try
            {
                var store = _store ??= Open();
                // Stamp before load: an import in between only causes one more reload, never a missed one.
                var stamp = StoreReads.Retry.Execute(store.ChangeStamp);
                if (_loaded is null || stamp != _stamp)
                {
                    Volatile.Write(ref _loaded, new Loaded(StoreReads.Retry.Execute(store.Load), Version + 1));
                    _stamp = stamp;
                }
                _down = null;
                Volatile.Write(ref _freshUntil, Environment.TickCount64 + _checkEveryMs);
                return (_loaded.Dataset, _loaded.Version);
            }
            catch (Exception e) when (StoreUnavailableHandler.IsUnavailable(e))
            {
                // A broken connection or file handle is not reused: the next attempt opens afresh.
                _store?.Dispose();
                _store = null;
                _down = e;
                _downUntil = Environment.TickCount64 + (long)FailFast.TotalMilliseconds;
                throw new StoreUnavailableException(e);
            }
        }
    }

    /// <summary>Imports into the store in one transaction (on its own connection, so readers are not held up), then reloads.</summary>
    public ImportSummary Import(Func<Dataset, Dataset> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        lock (_importGate)
        {
            using var store = Open();
            var summary = store.Import(read(store.Load()));
            Volatile.Write(ref _freshUntil, 0);
            return summary;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _store?.Dispose();
            _store = null;
        }
    }

    private sealed record Loaded(Dataset Dataset, int Version);

    private IDealStore Open() =>
        DealStores.Exists(Location)
            ? DealStores.Open(Location)
            : throw new InputException("no database here; run 'dealgraph import <dataset>' or 'dealgraph demo' first", Location);
}
