using Dealgraph.Core.Model;

namespace Dealgraph.Core.Money;

/// <summary>
/// Parses the amount shorthand of datasets and command lines: <c>USD 30e9</c>,
/// <c>up-to USD 100 billion</c>, <c>less-than USD 100e9</c>, <c>range USD 15e9 50e9</c>, <c>unknown USD</c>.
/// </summary>
public static class AmountParser
{
    /// <summary>Parses the shorthand; throws <see cref="FormatException"/> with a message that says what was expected.</summary>
    public static Amount Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var qualifier = AmountQualifier.Exact;
        var explicitQualifier = false;
        if (words.Count > 0 && Vocabulary<AmountQualifier>.TryParse(words[0], out var q))
        {
            qualifier = q;
            explicitQualifier = true;
            words.RemoveAt(0);
        }
        if (words.Count == 0 || !Currency.TryParse(words[0], out var currency))
        {
            var got = words.Count == 0 ? "nothing" : $"'{words[0]}'";
            throw new FormatException($"expected an ISO 4217 currency code in '{text}', got {got} (write e.g. 'up-to USD 100e9')");
        }
        words.RemoveAt(0);
        if (qualifier == AmountQualifier.Unknown)
        {
            return words.Count == 0 ? Amount.Unknown(currency) : throw new FormatException($"an unknown amount has no figure: '{text}'");
        }
        if (qualifier == AmountQualifier.Range)
        {
            // Two figures, each possibly "15 billion": split at the first figure that starts a new number.
            var (low, high) = SplitRange(words, text);
            return Amount.Range(low, high, currency);
        }
        if (words.Count == 0)
        {
            throw new FormatException($"'{text}' has no figure");
        }
        var value = NumberParser.Parse(string.Join(' ', words));
        try
        {
            return explicitQualifier ? Amount.Create(qualifier, value, value, currency) : Amount.Exact(value, currency);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"'{text}': {e.Message}", e);
        }
    }

    private static (decimal Low, decimal High) SplitRange(List<string> words, string text)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsDigit(words[i][0]) &&
                NumberParser.TryParse(string.Join(' ', words[..i]), out var low, out _) &&
                NumberParser.TryParse(string.Join(' ', words[i..]), out var high, out _))
            {
                return low <= high ? (low, high) : throw new FormatException($"range '{text}' has its low figure above its high figure");
            }
        }
        throw new FormatException($"a range needs two figures: '{text}' (write e.g. 'range USD 15e9 50e9')");
    }
}
