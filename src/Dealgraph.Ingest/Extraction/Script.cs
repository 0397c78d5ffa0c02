namespace Dealgraph.Ingest.Extraction;

/// <summary>Guesses whether a text is Chinese, and Traditional or Simplified, from the tag and a sample of characters.</summary>
internal static class Script
{
    private const string TraditionalOnly = "這個們說會與對資億萬麼為們來時還實際協議約東幣臺過經國發業務報關";
    private const string SimplifiedOnly = "这个们说会与对资亿万么为们来时还实际协议约东币台过经国发业务报关";

    public static (bool Chinese, bool Traditional) Guess(string text, string? language)
    {
        var lang = language?.ToLowerInvariant() ?? "";
        if (lang.Contains("hant", StringComparison.Ordinal) || lang is "zh-tw" or "zh-hk")
        {
            return (true, true);
        }
        if (lang.Contains("hans", StringComparison.Ordinal) || lang is "zh-cn" or "zh-sg")
        {
            return (true, false);
        }
        int cjk = 0, trad = 0, simp = 0;
        var sample = Math.Min(text.Length, 20_000);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c is >= '\u4e00' and <= '\u9fff')
            {
                cjk++;
                trad += TraditionalOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
                simp += SimplifiedOnly.Contains(c, StringComparison.Ordinal) ? 1 : 0;
            }
        }
        var chinese = lang.StartsWith("zh", StringComparison.Ordinal) || cjk > sample / 10;
        return (chinese, trad >= simp);
    }
}
