using Dealgraph.Core.Money;

namespace Dealgraph.Core.Queries;

/// <summary>The one way an answer says it cannot convert between two currencies, and what to do about it.</summary>
internal static class MissingRate
{
    /// <summary>
    /// Bad input naming the rate to add. Rates are used only in the direction a source gives them
    /// (1/1.10 is not a decimal with an end, and inverting would round), so an EUR→USD rate does not
    /// convert USD into EUR.
    /// </summary>
    public static InputException Error(CurrencyMismatchException e, string? field, string alternative = "or report in another currency with --currency") =>
        new($"{e.Message}: add an fx rate {e.Left}→{e.Right} in force on the as-of date to the dataset, {alternative}", field: field);
}
