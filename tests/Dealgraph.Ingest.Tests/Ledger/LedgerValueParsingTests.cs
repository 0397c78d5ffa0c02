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
}
