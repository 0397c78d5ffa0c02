namespace Dealgraph.Core.Analyses;

/// <summary>The <c>runway</c> answer.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Parties">One row per party with figures.</param>
public sealed record RunwayReport(DateOnly AsOf, IReadOnlyList<RunwayRow> Parties);
