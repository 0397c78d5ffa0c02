namespace Dealgraph.Core.Money;

/// <summary>An ISO 4217 currency code. Only codes in the standard's active list can be constructed.</summary>
public readonly record struct Currency
{
    private Currency(string code) => Code = code;

    /// <summary>The three-letter upper-case code, e.g. <c>USD</c>.</summary>
    public string Code { get; }

    /// <summary>US dollar, the most common currency of the example data.</summary>
    public static Currency Usd { get; } = new("USD");

    /// <summary>Parses an ISO 4217 code (case-insensitive).</summary>
    /// <exception cref="FormatException">The code is not an active ISO 4217 code.</exception>
    public static Currency Parse(string code) =>
        TryParse(code, out var currency)
            ? currency
            : throw new FormatException($"'{code}' is not an ISO 4217 currency code");

    /// <summary>Tries to parse an ISO 4217 code (case-insensitive).</summary>
    public static bool TryParse(string? code, out Currency currency)
    {
        currency = default;
        if (code is null || code.Length != 3)
        {
            return false;
        }
        // Exact upper-case codes (the stored form) are found without allocating.
        if (Iso4217.Codes.TryGetValue(code, out var known) || Iso4217.Codes.TryGetValue(code.ToUpperInvariant(), out known))
        {
            currency = new Currency(known);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Code ?? "???";
}
