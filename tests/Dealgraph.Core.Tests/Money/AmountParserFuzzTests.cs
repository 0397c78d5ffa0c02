using System.Globalization;
using CsCheck;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Money;

/// <summary>Property tests: the parsers never crash on arbitrary text, and what they print they read back.</summary>
public sealed class AmountParserFuzzTests
{
    private static Gen<string> Pick(params string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["0123456789.,_eE+- bBmMkKtTnilo"], 0, 20],
        Gen.Select(Gen.Decimal.Where(d => d >= 0), Pick("", " billion", "B", "bn", " trillion", " bilion"), (d, s) => d.ToString(CultureInfo.InvariantCulture) + s));

    [Fact]
    public void The_number_parser_never_throws_on_any_text()
    {
        Text.Sample(text =>
        {
            var ok = NumberParser.TryParse(text, out var value, out var error);
            return ok ? value >= 0 && error.Length == 0 : error.Length > 0;
        }, iter: 20_000);
    }

    [Fact]
    public void The_amount_parser_fails_only_with_format_errors()
    {
        Gen.Select(Pick("", "up-to ", "less-than ", "range ", "unknown ", "about "), Pick("USD ", "XYZ ", "", "usd "), Text, (q, c, t) => q + c + t)
            .Sample(text =>
            {
                try
                {
                    AmountParser.Parse(text);
                }
                catch (FormatException)
                {
                    // The one expected failure: a message for the user.
                }
            }, iter: 20_000);
    }

    [Fact]
    public void Every_non_negative_decimal_up_to_the_largest_figure_round_trips_through_its_invariant_text_and_larger_ones_are_refused()
    {
        Gen.Decimal.Select(d => Math.Abs(d) % ExactFigure.Largest).Sample(d =>
            NumberParser.Parse(d.ToString(CultureInfo.InvariantCulture)) == d, iter: 20_000);
        Gen.Decimal.Where(d => d > ExactFigure.Largest).Sample(d =>
            !NumberParser.TryParse(d.ToString(CultureInfo.InvariantCulture), out _, out var error) && error.Contains("too large", StringComparison.Ordinal), iter: 2_000);
    }

    [Fact]
    public void Interval_sums_contain_the_sums_of_their_points()
    {
        // Points at exact quarters of each interval: no rounding in the check itself.
        var gen = Gen.Select(Gen.Long[0, 1_000_000_000_000_000], Gen.Long[0, 1_000_000_000_000_000], Gen.Int[0, 4], (a, b, q) => (Low: (decimal)Math.Min(a, b), High: (decimal)Math.Max(a, b), T: q / 4m));
        Gen.Select(gen, gen).Sample((x, y) =>
        {
            var sum = Amount.Range(x.Low, x.High, Currency.Usd).Plus(Amount.Range(y.Low, y.High, Currency.Usd));
            var point = x.Low + ((x.High - x.Low) * x.T) + y.Low + ((y.High - y.Low) * y.T);
            return sum.Low <= point && point <= sum.High;
        }, iter: 10_000);
    }
}
