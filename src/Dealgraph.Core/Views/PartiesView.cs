namespace Dealgraph.Core.Views;

/// <summary>The <c>parties</c> answer: every party, in id order.</summary>
/// <param name="AsOf">The as-of date the deal counts refer to.</param>
/// <param name="Parties">Parties.</param>
public sealed record PartiesView(DateOnly AsOf, IReadOnlyList<PartyView> Parties);
