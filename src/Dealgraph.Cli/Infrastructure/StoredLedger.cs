using Dealgraph.Core;
using Dealgraph.Core.Queries;
using Dealgraph.Storage;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>Loads the ledger a read command names.</summary>
public static class StoredLedger
{
    /// <summary>Loads the ledger named by the settings; a missing database is an input error, not an empty answer.</summary>
    public static Ledger Load(QuerySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var asOf = settings.AsOf;
        var location = settings.DbLocation;
        if (!DealStores.Exists(location))
        {
            throw new InputException("no database here; run 'dealgraph import <dataset>' or 'dealgraph demo' first", location);
        }
        using var store = DealStores.Open(location);
        return Ledger.Of(store.Load(), asOf);
    }
}
