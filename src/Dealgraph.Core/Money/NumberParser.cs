using System.Globalization;

namespace Dealgraph.Core.Money;

/// <summary>
/// Parses the money figures people type into datasets: <c>100e9</c>, <c>100000000000</c>,
/// <c>100_000_000_000</c>, <c>1,000,000</c>, <c>100 billion</c>, <c>1.4 trillion</c>, <c>100B</c>, <c>30bn</c>.
/// Exact in <see cref="decimal"/>; anything else is an error that says what was expected.
/// </summary>
public static class NumberParser
{
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m,
        ["k"] = 1e3m,
        ["million"] = 1e6m,
        ["m"] = 1e6m,
        ["mn"] = 1e6m,
        ["billion"] = 1e9m,
        ["b"] = 1e9m,
        ["bn"] = 1e9m,
        ["trillion"] = 1e12m,
        ["t"] = 1e12m,
        ["tn"] = 1e12m,
    };

    /// <summary>Parses a non-negative figure.</summary>
    /// <exception cref="FormatException">The text is not a figure; the message says why.</exception>
    public static decimal Parse(string text) =>
        TryParse(text, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>Tries to parse a non-negative figure; on failure <paramref name="error"/> explains.</summary>
    public static bool TryParse(string? text, out decimal value, out string error)
    {
        value = 0;
        error = "";
        var s = text?.Trim() ?? "";
        if (s.Length == 0)
        {
            error = "an amount is empty";
            return false;
        }
        var split = s.Length;
        while (split > 0 && char.IsLetter(s[split - 1]))
        {
            split--;
        }
        var number = s[..split].Trim().Replace("_", "", StringComparison.Ordinal);
        var word = s[split..];
        var scale = 1m;
        if (word.Length > 0 && !Scales.TryGetValue(word, out scale))
        {
            error = $"'{word}' in '{s}' is not a scale word (expected thousand, million, billion, trillion or K, M, B, T)";
            return false;
        }
        if (number.Contains(',', StringComparison.Ordinal) && !HasThousandsGroups(number))
        {
            error = $"'{s}' has misplaced thousands separators";
            return false;
        }
        var plain = number.Replace(",", "", StringComparison.Ordinal);
        if (plain.StartsWith('-'))
        {
            error = $"'{s}' is negative; amounts cannot be negative";
            return false;
        }
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _))
        {
            error = $"'{s}' is not a number (write 100e9, 100000000000 or 100 billion)";
            return false;
        }
        if (!ExactFigure.TryRead(plain, out var n, out error))
        {
            error = plain == s ? error : $"'{s}': {error}";
            return false;
        }
        if (n > ExactFigure.Largest / scale)
        {
            error = $"'{s}' is too large (at most {ExactFigure.Largest:0.#E+0})";
            return false;
        }
        value = n * scale;
        return true;
    }

    private static bool HasThousandsGroups(string number)
    {
        var integer = number.Split('.')[0];
        var groups = integer.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
