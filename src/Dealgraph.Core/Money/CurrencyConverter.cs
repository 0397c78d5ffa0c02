using Dealgraph.Core.Model;

namespace Dealgraph.Core.Money;

/// <summary>
/// Converts amounts into one reporting currency with the dataset's sourced rates: the latest
/// direct rate dated on or before the as-of date. No rate, no conversion: mixing currencies
/// silently is exactly what this type exists to prevent.
/// </summary>
public sealed class CurrencyConverter(IReadOnlyList<FxRate> rates, DateOnly asOf)
{
    /// <summary>
    /// The converter of the record as it stood on <paramref name="asOf"/>: a rate exists only once its
    /// date has come and its source (when dated) was published, as a claim exists only once reported
    /// (a rate "for" May 1 read in a June report was not known in mid-May).
    /// </summary>
    public static CurrencyConverter KnownOn(Dataset dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new CurrencyConverter([.. dataset.FxRates.Where(r => dataset.FindSource(r.SourceId)?.Published is not { } published || published <= asOf)], asOf);
    }

    /// <summary>Converts <paramref name="amount"/> to <paramref name="target"/>.</summary>
    /// <exception cref="CurrencyMismatchException">No rate from the amount's currency to the target as of the date.</exception>
    public Amount Convert(Amount amount, Currency target)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency == target)
        {
            return amount;
        }
        var rate = rates
            .Where(r => r.From == amount.Currency && r.To == target && r.Date <= asOf)
            .MaxBy(r => r.Date)
            ?? throw new CurrencyMismatchException(amount.Currency, target);
        return amount.ConvertTo(target, rate.Rate);
    }
}
