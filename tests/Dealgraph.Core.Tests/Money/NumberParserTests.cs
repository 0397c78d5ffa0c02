using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("100e9", "100000000000")]
    [InlineData("100E9", "100000000000")]
    [InlineData("100000000000", "100000000000")]
    [InlineData("100_000_000_000", "100000000000")]
    [InlineData("1,000,000", "1000000")]
    [InlineData("100 billion", "100000000000")]
    [InlineData("1.4 trillion", "1400000000000")]
    [InlineData("100B", "100000000000")]
    [InlineData("30bn", "30000000000")]
    [InlineData("6.3 Billion", "6300000000")]
    [InlineData("350 million", "350000000")]
    [InlineData("0.01", "0.01")]
    public void Parses_the_ways_people_write_money(string text, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberParser.Parse(text));
    }

    [Theory]
    [InlineData("100 bilion", "'bilion'")]
    [InlineData("", "empty")]
    [InlineData("-5", "negative")]
    [InlineData("1,00,000", "thousands separators")]
    [InlineData("abc", "not a scale word")]
    [InlineData("1e", "not a scale word")]
    [InlineData("1e999", "too large")]
    public void Rejects_what_is_not_a_figure_and_says_why(string text, string because)
    {
        Assert.False(NumberParser.TryParse(text, out _, out var error));
        Assert.Contains(because, error, StringComparison.Ordinal);
    }
}
