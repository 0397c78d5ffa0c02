using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("USD 30e9", AmountQualifier.Exact, "30000000000", "30000000000")]
    [InlineData("up-to USD 100 billion", AmountQualifier.UpTo, "0", "100000000000")]
    [InlineData("less-than USD 100e9", AmountQualifier.LessThan, "0", "100000000000")]
    [InlineData("at-least USD 6.3 billion", AmountQualifier.AtLeast, "6300000000", null)]
    [InlineData("more-than USD 100e9", AmountQualifier.MoreThan, "100000000000", null)]
    [InlineData("about USD 300B", AmountQualifier.About, "300000000000", "300000000000")]
    [InlineData("range USD 15e9 50e9", AmountQualifier.Range, "15000000000", "50000000000")]
    [InlineData("range USD 15 billion 50 billion", AmountQualifier.Range, "15000000000", "50000000000")]
    [InlineData("unknown USD", AmountQualifier.Unknown, null, null)]
    [InlineData("TWD 1 trillion", AmountQualifier.Exact, "1000000000000", "1000000000000")]
    public void Parses_the_shorthand(string text, AmountQualifier qualifier, string? low, string? high)
    {
        var amount = AmountParser.Parse(text);

        Assert.Equal(qualifier, amount.Qualifier);
        Assert.Equal(low is null ? null : decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), amount.Low);
        Assert.Equal(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), amount.High);
    }

    [Theory]
    [InlineData("100e9", "currency")]
    [InlineData("XYZ 100e9", "currency")]
    [InlineData("USD", "no figure")]
    [InlineData("range USD 50e9 15e9", "low figure above")]
    [InlineData("range USD 15e9", "two figures")]
    [InlineData("unknown USD 5", "no figure")]
    public void Refuses_malformed_shorthand(string text, string because)
    {
        var error = Assert.Throws<FormatException>(() => AmountParser.Parse(text));
        Assert.Contains(because, error.Message, StringComparison.Ordinal);
    }
}
