namespace Dealgraph.Core.Views;

/// <summary>The <c>show</c> answer: a deal's state as of a date, its standing terms and legs, and its claims in time order.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Deal">The deal's state.</param>
/// <param name="Legs">Deals forming its other side.</param>
/// <param name="Terms">Latest stated terms, else the deal's standing terms.</param>
/// <param name="Claims">Claims reported by the as-of date, oldest first.</param>
/// <param name="Disagreements">Claims that state a field differently from the kept value, for the same effective date.</param>
public sealed record DealDetailView(DateOnly AsOf, DealView Deal, IReadOnlyList<string> Legs, string? Terms, IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<DisagreementView> Disagreements);
