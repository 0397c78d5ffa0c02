namespace Dealgraph.Storage;

/// <summary>What an import did, per kind of entity.</summary>
/// <param name="Added">Entities that were new.</param>
/// <param name="Updated">Entities whose content changed and was replaced.</param>
/// <param name="Unchanged">Entities already stored exactly as given.</param>
/// <param name="Removed">Stored entities the import dropped: facts a re-imported file no longer numbers (see <see cref="LedgerDiff.RemovedFacts"/>).</param>
public sealed record ImportSummary(StoreCounts Added, StoreCounts Updated, StoreCounts Unchanged, StoreCounts Removed)
{
    /// <summary>True when the import wrote nothing.</summary>
    public bool NothingChanged => Added.Total == 0 && Updated.Total == 0 && Removed.Total == 0;
}
