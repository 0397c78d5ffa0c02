using Dealgraph.Ingest.Ledger;

namespace Dealgraph.Ingest.Tests.Ledger;

public sealed class LedgerValueParsingTests
{
    [Theory]
    [InlineData("2025-03-04", "2025-03-04T00:00:00.0000000Z")]
    [InlineData("2025-03-04T12:34:56Z", "2025-03-04T12:34:56.0000000Z")]
    [InlineData("2025-03-04T12:34:56", "2025-03-04T12:34:56.0000000Z")]
    [InlineData("2025-03-04 12:34", "2025-03-04T12:34:00.0000000Z")]
    [InlineData("2025-03-04T12:34:56.1234567+02:00", "2025-03-04T10:34:56.1234567Z")]
    [InlineData("2025-03-04T00:30:00-0530", "2025-03-04T06:00:00.0000000Z")]
    [InlineData("2025-03-04T23:00:00-02", "2025-03-05T01:00:00.0000000Z")]
    public void Iso_timestamps_normalise_to_utc(string text, string utc)
    {
        Assert.True(IsoTimestamp.TryParseUtcTicks(text, out var ticks));
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal).Ticks, ticks);
    }

    [Theory]
    [InlineData("03/04/2025")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("2025-03-04T25:00:00Z")]
    [InlineData("2025-03-04T12:00:00+2")]
    [InlineData("2025-03-04T12:00:00.12345678Z")]
    [InlineData("yesterday")]
    public void Non_iso_or_impossible_timestamps_are_refused(string text)
    {
        Assert.False(IsoTimestamp.TryParseUtcTicks(text, out _));
    }

    [Theory]
    [InlineData("1234.56", LedgerAmountParser.Outcome.Units, 12_345_600)]
    [InlineData("0", LedgerAmountParser.Outcome.Units, 0)]
    [InlineData("+7.5", LedgerAmountParser.Outcome.Units, 75_000)]
    [InlineData("0.00001", LedgerAmountParser.Outcome.Decimal, 0)]
    [InlineData("123456789012345678.5", LedgerAmountParser.Outcome.Decimal, 0)]
    [InlineData("1.50000", LedgerAmountParser.Outcome.Units, 15_000)]
    [InlineData("-3", LedgerAmountParser.Outcome.Negative, 0)]
    [InlineData("1e3", LedgerAmountParser.Outcome.Invalid, 0)]
    [InlineData("1,000", LedgerAmountParser.Outcome.Invalid, 0)]
    [InlineData("12.", LedgerAmountParser.Outcome.Units, 120_000)]
    public void Amounts_parse_to_exact_units_or_an_exact_decimal(string text, LedgerAmountParser.Outcome outcome, long units)
    {
        Assert.Equal(outcome, LedgerAmountParser.Parse(text, out var parsedUnits, out var value));
        if (outcome == LedgerAmountParser.Outcome.Units)
        {
            Assert.Equal(units, parsedUnits);
        }

        if (outcome == LedgerAmountParser.Outcome.Decimal)
        {
            Assert.Equal(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("2025-03-04T12:34:56Z", "2025-03-04T12:34:56")]
    [InlineData("2024-02-29T23:59:59Z", "2024-02-29T23:59:59")]
    [InlineData("0001-01-01T00:00:00Z", "0001-01-01T00:00:00")]
    [InlineData("2025-03-04T12:34:56.5Z", "2025-03-04T12:34:56.5")]
    [InlineData("2025-03-04", "2025-03-04T00:00:00")]
    [InlineData("2025-03-04T12:34:56+01:00", "2025-03-04T11:34:56")]
    [InlineData("2025-02-29T00:00:00Z", null)]
    [InlineData("2025-12-31T24:00:00Z", null)]
    [InlineData("20x5-03-04T12:34:56Z", null)]
    [InlineData("2025-03-04T12:34:5xZ", null)]
    [InlineData("0000-01-01T00:00:00Z", null)]
    public void Timestamps_read_from_utf8_bytes_agree_with_the_text_parser(string text, string? utc)
    {
        var fromChars = IsoTimestamp.TryParseUtcTicks(text.AsSpan(), out var charTicks);
        var fromBytes = IsoTimestamp.TryParseUtcTicks(System.Text.Encoding.UTF8.GetBytes(text), out var byteTicks);
        Assert.Equal(utc is not null, fromBytes);
        Assert.Equal(fromChars, fromBytes);
        if (utc is not null)
        {
            Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).Ticks, byteTicks);
            Assert.Equal(charTicks, byteTicks);
        }
    }

    [Theory]
    [InlineData("0.1234567890123456789012345678", LedgerAmountParser.Outcome.Decimal)]
    [InlineData("1.50000000000000000000000000000000000", LedgerAmountParser.Outcome.Units)]
    [InlineData("0.12345678901234567890123456789012", LedgerAmountParser.Outcome.TooPrecise)]
    [InlineData("79228162514264337593543950335", LedgerAmountParser.Outcome.Decimal)]
    [InlineData("7922816251426433759354395033.51", LedgerAmountParser.Outcome.TooPrecise)]
    public void Amounts_beyond_decimal_precision_are_refused_rather_than_rounded(string text, LedgerAmountParser.Outcome outcome)
    {
        Assert.Equal(outcome, LedgerAmountParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), out _, out var value));
        if (outcome == LedgerAmountParser.Outcome.Decimal)
        {
            Assert.Equal(text, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
