using System.Globalization;
using System.Text.Json;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Storage;

/// <summary>How domain values become column values and back, the same for every store.</summary>
internal static class ColumnCodec
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses the stored yyyy-MM-dd form; positions are fixed, so a hand-rolled parse beats ParseExact on million-row loads.</summary>
    public static DateOnly Date(string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            static int Digits(string s, int start, int count)
            {
                var n = 0;
                for (var i = start; i < start + count; i++)
                {
                    var d = s[i] - '0';
                    if ((uint)d > 9)
                    {
                        return -1;
                    }
                    n = (n * 10) + d;
                }
                return n;
            }
            int y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
            if (y > 0 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            {
                return new DateOnly(y, m, d);
            }
        }
        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

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
