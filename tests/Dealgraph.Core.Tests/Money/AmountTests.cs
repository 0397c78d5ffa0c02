using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

public sealed class AmountTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Eur = Currency.Parse("EUR");

    [Fact]
    public void Up_to_is_the_interval_from_zero_to_the_figure()
    {
        var amount = Amount.UpTo(100e9m, Usd);

        Assert.Equal((0m, 100e9m), (amount.Low, amount.High));
        Assert.Equal(AmountQualifier.UpTo, amount.Qualifier);
    }

    [Fact]
    public void Exact_plus_exact_is_exact()
    {
        var sum = Amount.Exact(15e9m, Usd).Plus(Amount.Exact(35e9m, Usd));

        Assert.Equal(Amount.Exact(50e9m, Usd), sum);
    }

    [Fact]
    public void Exact_plus_up_to_is_a_range()
    {
        var sum = Amount.Exact(30e9m, Usd).Plus(Amount.UpTo(100e9m, Usd));

        Assert.Equal(AmountQualifier.Range, sum.Qualifier);
        Assert.Equal((30e9m, 130e9m), (sum.Low, sum.High));
    }

    [Fact]
    public void Unknown_opens_the_upper_bound_of_a_sum()
    {
        var sum = Amount.Exact(30e9m, Usd).Plus(Amount.Unknown(Usd));

        Assert.Equal(AmountQualifier.AtLeast, sum.Qualifier);
        Assert.Equal(30e9m, sum.Low);
        Assert.Null(sum.High);
    }

    [Fact]
    public void Less_than_stays_exclusive_when_added_to_zero()
    {
        var sum = Amount.Zero(Usd).Plus(Amount.LessThan(100e9m, Usd));

        Assert.Equal(AmountQualifier.LessThan, sum.Qualifier);
        Assert.Equal(100e9m, sum.High);
    }

    [Fact]
    public void Sums_are_exact_in_decimal()
    {
        var sum = Amount.Exact(0.1m, Usd).Plus(Amount.Exact(0.2m, Usd));

        Assert.Equal(0.3m, sum.Low);
    }

    [Fact]
    public void Mixing_currencies_is_refused()
    {
        Assert.Throws<CurrencyMismatchException>(() => Amount.Exact(1m, Usd).Plus(Amount.Exact(1m, Eur)));
    }

    [Fact]
    public void Min_takes_the_smaller_bounds()
    {
        var min = Amount.Min(Amount.UpTo(100e9m, Usd), Amount.Range(20e9m, 50e9m, Usd));

        Assert.Equal((0m, 50e9m), (min.Low, min.High));
    }

    [Fact]
    public void Min_with_unknown_is_unknown()
    {
        Assert.Equal(AmountQualifier.Unknown, Amount.Min(Amount.Exact(1m, Usd), Amount.Unknown(Usd)).Qualifier);
    }

    [Fact]
    public void Negative_amounts_and_inverted_ranges_cannot_be_made()
    {
        Assert.ThrowsAny<ArgumentException>(() => Amount.LessThan(0m, Usd));
        Assert.ThrowsAny<ArgumentException>(() => Amount.Exact(-1m, Usd));
        Assert.ThrowsAny<ArgumentException>(() => Amount.Range(50m, 10m, Usd));
    }

    [Theory]
    [InlineData(AmountQualifier.UpTo, null, null)]
    [InlineData(AmountQualifier.Range, 1, null)]
    [InlineData(AmountQualifier.Unknown, 1, null)]
    [InlineData(AmountQualifier.Exact, 1, 2)]
    public void Create_refuses_bounds_that_do_not_fit_the_qualifier(AmountQualifier qualifier, int? low, int? high)
    {
        Assert.ThrowsAny<ArgumentException>(() => Amount.Create(qualifier, low, high, Usd));
    }

    [Fact]
    public void Conversion_multiplies_both_bounds_without_rounding()
    {
        var converted = Amount.Range(10m, 20m, Eur).ConvertTo(Usd, 1.0837m);

        Assert.Equal((10.837m, 21.674m), (converted.Low, converted.High));
        Assert.Equal(Usd, converted.Currency);
    }

    [Theory]
    [InlineData("USD", true)]
    [InlineData("usd", true)]
    [InlineData("TWD", true)]
    [InlineData("XYZ", false)]
    [InlineData("US", false)]
    [InlineData("", false)]
    public void Only_iso_4217_codes_are_currencies(string code, bool valid)
    {
        Assert.Equal(valid, Currency.TryParse(code, out _));
    }

    [Theory]
    [InlineData("up-to USD 40e9", "up-to USD 40e9", "1")]
    [InlineData("USD 15e9", "USD 50e9", "0.3")]
    [InlineData("USD 0", "up-to USD 100e9", "0")]
    [InlineData("range USD 15.9e9 22.4e9", "range USD 15.9e9 22.4e9", "1")]
    [InlineData("unknown USD", "USD 5e9", null)]
    [InlineData("USD 5e9", "at-least USD 5e9", null)]
    public void Ratios_are_the_certain_share_of_the_headline_maximum(string part, string headline, string? expected)
    {
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Dealgraph.Core.Analyses.Ratio.Of(AmountParser.Parse(part), AmountParser.Parse(headline)));
    }
}
