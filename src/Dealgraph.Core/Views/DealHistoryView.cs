namespace Dealgraph.Core.Views;

/// <summary>A deal's state on each date its record changed, up to the as-of date (for timelines and amount bands).</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Id">Deal id.</param>
/// <param name="Points">The deal as of each date a claim about it was reported, oldest first.</param>
public sealed record DealHistoryView(DateOnly AsOf, string Id, IReadOnlyList<DealView> Points);
