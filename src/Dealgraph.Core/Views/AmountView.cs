using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Views;

/// <summary>An amount in the JSON contract: <c>{ "currency", "low", "high", "qualifier" }</c>, numbers in currency units.</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Low">Lower bound, null when unknown.</param>
/// <param name="High">Upper bound, null when unbounded or unknown.</param>
/// <param name="Qualifier">Qualifier word (<c>up-to</c>, <c>less-than</c>, …).</param>
public sealed record AmountView(string Currency, decimal? Low, decimal? High, string Qualifier)
{
    /// <summary>The view of an amount; null stays null.</summary>
    public static AmountView? Of(Amount? amount) =>
        amount is null ? null : new(amount.Currency.Code, amount.Low, amount.High, Vocabulary<AmountQualifier>.Name(amount.Qualifier));
}
