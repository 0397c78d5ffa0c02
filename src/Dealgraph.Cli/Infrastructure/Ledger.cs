using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;
using Dealgraph.Storage;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>What a read command works on: the stored dataset and its deals resolved as of the date.</summary>
/// <param name="Dataset">Everything stored.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="States">Deals that exist as of the date.</param>
public sealed record Ledger(Dataset Dataset, DateOnly AsOf, IReadOnlyList<DealState> States)
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
        var dataset = store.Load();
        return new Ledger(dataset, asOf, ClaimResolver.ResolveAll(dataset.Deals, asOf));
    }
}
