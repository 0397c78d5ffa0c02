namespace Dealgraph.Storage;

/// <summary>What an import did, per kind of entity.</summary>
/// <param name="Added">Entities that were new.</param>
/// <param name="Updated">Entities whose content changed and was replaced.</param>
/// <param name="Unchanged">Entities already stored exactly as given.</param>
public sealed record ImportSummary(StoreCounts Added, StoreCounts Updated, StoreCounts Unchanged)
{
    /// <summary>True when the import wrote nothing.</summary>
    public bool NothingChanged => Added.Total == 0 && Updated.Total == 0;
}
