using Dealgraph.Core;
using Dealgraph.Core.Money;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>The currency an analysis reports in: the one asked for, else the data's only currency, else USD.</summary>
public static class ReportingCurrency
{
    /// <summary>Picks the currency; a bad code is an input error on <c>--currency</c>.</summary>
    public static Currency Of(string? code, IEnumerable<Currency?> seen)
    {
        if (code is not null)
        {
            return Currency.TryParse(code, out var c) ? c : throw new InputException($"'{code}' is not an ISO 4217 currency code", field: "--currency");
        }
        var currencies = seen.OfType<Currency>().Distinct().ToList();
        return currencies.Count == 1 ? currencies[0] : Currency.Usd;
    }
}
