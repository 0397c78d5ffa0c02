using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

/// <summary>Figures are read exactly or not at all: no silent rounding, nothing too large to add up.</summary>
public sealed class ExactFigureTests
{
    [Theory]
    [InlineData("1500000", "1500000")]
    [InlineData("1.5e6", "1500000")]
    [InlineData("+0.25", "0.25")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("123456789012345678.0123456789", "123456789012345678.0123456789")]
    public void A_figure_the_decimal_holds_exactly_is_read(string text, string expected)
    {
        Assert.True(ExactFigure.TryRead(text, out var value, out var error), error);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("0.000000000000000000000000000001", "cannot be kept exactly")]
    [InlineData("1234567890123456789.01234567891", "cannot be kept exactly")]
    [InlineData("1e-400", "cannot be kept exactly")]
    [InlineData("100000000000000000001", "too large")]
    [InlineData("7e28", "too large")]
    [InlineData("1e400", "too large")]
    [InlineData("-5", "negative")]
    [InlineData("ten", "not a number")]
    [InlineData("NaN", "not a number")]
    [InlineData("1,000", "not a number")]
    [InlineData("10\0", "not a number")]
    public void A_figure_that_would_be_rounded_overflow_or_is_no_figure_is_refused_saying_why(string text, string why)
    {
        Assert.False(ExactFigure.TryRead(text, out _, out var error));
        Assert.Contains(why, error, StringComparison.Ordinal);
    }
}
