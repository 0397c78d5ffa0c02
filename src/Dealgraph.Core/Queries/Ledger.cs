using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Core.Queries;

/// <summary>What a read query works on: the stored dataset and its deals resolved as of the date.</summary>
/// <param name="Dataset">Everything stored.</param>
/// <param name="AsOf">The as-of date.</param>
/// <param name="States">Deals that exist as of the date, in dataset order.</param>
public sealed record Ledger(Dataset Dataset, DateOnly AsOf, IReadOnlyList<DealState> States)
{
    /// <summary>Resolves every deal of <paramref name="dataset"/> as of <paramref name="asOf"/>.</summary>
    public static Ledger Of(Dataset dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new Ledger(dataset, asOf, ClaimResolver.ResolveAll(dataset.Deals, asOf));
    }
}
