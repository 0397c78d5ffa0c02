using Dealgraph.Core.Money;

namespace Dealgraph.Ingest.Extraction;

/// <summary>Currency symbols and words of English and Chinese press text, mapped to ISO 4217.</summary>
internal static class CurrencyWords
{
    /// <summary>Symbols and codes written before a figure, longest first.</summary>
    public static readonly (string Text, string Code)[] Before =
    [
        ("元人民幣", "CNY"), ("新台幣", "TWD"), ("新臺幣", "TWD"), ("人民幣", "CNY"), ("人民币", "CNY"),
        ("US$", "USD"), ("NT$", "TWD"), ("HK$", "HKD"), ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"),
        ("台幣", "TWD"), ("臺幣", "TWD"), ("美元", "USD"), ("美金", "USD"), ("港幣", "HKD"), ("港元", "HKD"), ("歐元", "EUR"),
        ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"), ("JPY", "JPY"), ("CNY", "CNY"), ("RMB", "CNY"), ("TWD", "TWD"), ("HKD", "HKD"),
        ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("￥", "CNY"), ("¥", "¥"),
    ];

    /// <summary>Words written after a figure (Chinese), longest first; 元 alone depends on the script.</summary>
    public static readonly (string Text, string Code)[] AfterZh =
    [
        ("元人民幣", "CNY"), ("元新台幣", "TWD"), ("美元", "USD"), ("美金", "USD"), ("新台幣", "TWD"), ("新臺幣", "TWD"),
        ("台幣", "TWD"), ("臺幣", "TWD"), ("人民幣", "CNY"), ("人民币", "CNY"), ("港元", "HKD"), ("港幣", "HKD"), ("歐元", "EUR"),
        ("欧元", "EUR"), ("英鎊", "GBP"), ("英镑", "GBP"), ("日圓", "JPY"), ("日元", "JPY"), ("日幣", "JPY"), ("元", "元"),
    ];

    /// <summary>Resolves the script-dependent marks: ¥ is yen in English, yuan in Chinese; 元 alone is NT$ in Traditional text, yuan in Simplified.</summary>
    public static Currency Resolve(string code, bool chinese, bool traditional) => code switch
    {
        "¥" => Currency.Parse(chinese ? "CNY" : "JPY"),
        "元" => Currency.Parse(traditional ? "TWD" : "CNY"),
        _ => Currency.Parse(code),
    };

    /// <summary>The longest entry of <paramref name="table"/> that ends exactly at <paramref name="end"/>.</summary>
    public static (string Text, string Code)? EndingAt(string text, int start, int end, (string Text, string Code)[] table)
    {
        foreach (var entry in table)
        {
            var s = end - entry.Text.Length;
            if (s >= start && string.CompareOrdinal(text, s, entry.Text, 0, entry.Text.Length) == 0)
            {
                if (char.IsAsciiLetter(entry.Text[0]) && s > 0 && char.IsAsciiLetter(text[s - 1]))
                {
                    continue;
                }
                return entry;
            }
        }
        return null;
    }

    /// <summary>The longest entry of <paramref name="table"/> that starts exactly at <paramref name="start"/>.</summary>
    public static (string Text, string Code)? StartingAt(string text, int start, int end, (string Text, string Code)[] table)
    {
        foreach (var entry in table)
        {
            if (start + entry.Text.Length <= end && string.CompareOrdinal(text, start, entry.Text, 0, entry.Text.Length) == 0)
            {
                return entry;
            }
        }
        return null;
    }
}
