using System.Globalization;
using System.Text.Json;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Storage;

/// <summary>How domain values become column values and back, the same for every store.</summary>
internal static class ColumnCodec
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Decimal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static decimal? Decimal(string? text) => text is null ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static string List(IReadOnlyList<string> items) => JsonSerializer.Serialize(items);

    public static IReadOnlyList<string> List(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Word<TEnum>(TEnum value)
        where TEnum : struct, Enum => Vocabulary<TEnum>.Name(value);

    public static TEnum Word<TEnum>(string text)
        where TEnum : struct, Enum => Vocabulary<TEnum>.Parse(text);

    /// <summary>The four columns of an amount (currency, qualifier, low, high); all null for no amount.</summary>
    public static (string? Currency, string? Qualifier, string? Low, string? High) Amount(Amount? amount) =>
        amount is null
            ? (null, null, null, null)
            : (amount.Currency.Code, Word(amount.Qualifier), Decimal(amount.Low), Decimal(amount.High));

    public static Amount? Amount(string? currency, string? qualifier, string? low, string? high) =>
        currency is null || qualifier is null
            ? null
            : Core.Money.Amount.Create(Word<AmountQualifier>(qualifier), Decimal(low), Decimal(high), Currency.Parse(currency));
}
