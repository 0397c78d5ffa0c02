namespace Dealgraph.Core.Model;

/// <summary>A sourced exchange rate: one unit of <see cref="From"/> buys <see cref="Rate"/> units of <see cref="To"/>.</summary>
/// <param name="From">Currency converted from.</param>
/// <param name="To">Currency converted to.</param>
/// <param name="Rate">Units of <paramref name="To"/> per unit of <paramref name="From"/>; positive.</param>
/// <param name="Date">The day the rate holds for.</param>
/// <param name="SourceId">Where the rate was read.</param>
public sealed record FxRate(Money.Currency From, Money.Currency To, decimal Rate, DateOnly Date, string SourceId);
