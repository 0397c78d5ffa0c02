using System.Globalization;

namespace Dealgraph.Core.Money;

/// <summary>Formats amounts for people: "up to USD 100B", "USD 15B–50B", "less than USD 100B".</summary>
public static class AmountFormatter
{
    /// <summary>Formats an amount with its qualifier in words and figures scaled to K/M/B/T.</summary>
    public static string Format(Amount? amount)
    {
        if (amount is null)
        {
            return "—";
        }
        var c = amount.Currency.Code;
        return amount.Qualifier switch
        {
            AmountQualifier.Exact => $"{c} {Scale(amount.Low)}",
            AmountQualifier.About => $"about {c} {Scale(amount.Low)}",
            AmountQualifier.UpTo => $"up to {c} {Scale(amount.High)}",
            AmountQualifier.LessThan => $"less than {c} {Scale(amount.High)}",
            AmountQualifier.AtLeast => $"at least {c} {Scale(amount.Low)}",
            AmountQualifier.MoreThan => $"more than {c} {Scale(amount.Low)}",
            AmountQualifier.Range => $"{c} {Scale(amount.Low)}–{Scale(amount.High)}",
            _ => $"{c} ?",
        };
    }

    /// <summary>A figure with a K/M/B/T suffix, keeping every significant digit (no rounding).</summary>
    public static string Scale(decimal? value)
    {
        if (value is not { } v)
        {
            return "?";
        }
        (decimal div, string suffix) = Math.Abs(v) switch
        {
            >= 1_000_000_000_000m => (1_000_000_000_000m, "T"),
            >= 1_000_000_000m => (1_000_000_000m, "B"),
            >= 1_000_000m => (1_000_000m, "M"),
            >= 1_000m => (1_000m, "K"),
            _ => (1m, ""),
        };
        return (v / div).ToString("0.############################", CultureInfo.InvariantCulture) + suffix;
    }
}
