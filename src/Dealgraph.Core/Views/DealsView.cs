namespace Dealgraph.Core.Views;

/// <summary>The <c>deals</c> answer: the as-of date and every deal that exists then.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Deals">Deals, in id order.</param>
public sealed record DealsView(DateOnly AsOf, IReadOnlyList<DealView> Deals);
