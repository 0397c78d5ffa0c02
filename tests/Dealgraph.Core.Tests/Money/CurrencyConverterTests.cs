using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

/// <summary>Rates, like claims, exist only once they were known.</summary>
public sealed class CurrencyConverterTests
{
    private static readonly Currency Eur = Currency.Parse("EUR");

    [Theory]
    [InlineData("2026-04-15", "1.10")]
    [InlineData("2026-05-15", "1.10")]
    [InlineData("2026-06-01", "1.20")]
    public void A_rate_dated_before_its_report_is_used_only_once_the_report_is_out(string asOf, string expectedRate)
    {
        // EUR→USD 1.10 from a March bulletin; 1.20 "for" May 1, read in a report of June 1.
        var dataset = new Dataset([],
            [new Source("march", "ECB", null, new DateOnly(2026, 3, 1), "en", null, SourceKind.PressRelease),
             new Source("june", "ECB", null, new DateOnly(2026, 6, 1), "en", null, SourceKind.PressRelease)],
            [], [],
            [new FxRate(Eur, Currency.Usd, 1.10m, new DateOnly(2026, 3, 1), "march"),
             new FxRate(Eur, Currency.Usd, 1.20m, new DateOnly(2026, 5, 1), "june")]);

        var converted = CurrencyConverter.KnownOn(dataset, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture))
            .Convert(Amount.Exact(100m, Eur), Currency.Usd);

        Assert.Equal(100m * decimal.Parse(expectedRate, System.Globalization.CultureInfo.InvariantCulture), converted.Low);
    }
}
