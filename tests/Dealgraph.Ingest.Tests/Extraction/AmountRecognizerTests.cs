using Dealgraph.Core.Money;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>Every amount form of issue 4, one sentence each.</summary>
public sealed class AmountRecognizerTests
{
    [Theory]
    [InlineData("It will invest $100 billion.", "USD 100e9")]
    [InlineData("It will invest US$100bn.", "USD 100e9")]
    [InlineData("It will invest USD 100 billion.", "USD 100e9")]
    [InlineData("It will invest $100B.", "USD 100e9")]
    [InlineData("It will invest 100 billion dollars.", "USD 100e9")]
    [InlineData("Commitments reach $1.4 trillion.", "USD 1.4e12")]
    [InlineData("投資 1000 億美元。", "USD 100e9")]
    [InlineData("投資500億美元。", "USD 50e9")]
    [InlineData("估值 8300 億美元。", "USD 830e9")]
    [InlineData("千億美元交易。", "about USD 100e9")]
    [InlineData("投資一千億美元。", "USD 100e9")]
    [InlineData("兆元計畫。", "TWD 1e12")]
    [InlineData("投資新台幣 500 億元。", "TWD 50e9")]
    [InlineData("投資 NT$500億。", "TWD 50e9")]
    [InlineData("投资人民币 500 亿元。", "CNY 50e9")]
    [InlineData("It pays €10 billion.", "EUR 10e9")]
    [InlineData("It pays £1.5 billion.", "GBP 1.5e9")]
    [InlineData("It pays ¥900 billion.", "JPY 900e9")]
    [InlineData("It will invest up to $100 billion.", "up-to USD 100e9")]
    [InlineData("最多 1000 億美元。", "up-to USD 100e9")]
    [InlineData("高達 1000 億美元。", "up-to USD 100e9")]
    [InlineData("at least $10 billion", "at-least USD 10e9")]
    [InlineData("至少 300 億美元", "at-least USD 30e9")]
    [InlineData("about $22.4 billion", "about USD 22.4e9")]
    [InlineData("約 900 億美元", "about USD 90e9")]
    [InlineData("大概 130 億美元", "about USD 13e9")]
    [InlineData("more than $115 billion", "more-than USD 115e9")]
    [InlineData("超過 100 億美元", "more-than USD 10e9")]
    [InlineData("a huge investment, but nothing like $100 billion", "less-than USD 100e9")]
    [InlineData("會不會超過 1000 億美元?他說:「絕對不會像這樣。」", "less-than USD 100e9")]
    [InlineData("between $15 billion to $50 billion", "range USD 15e9 50e9")]
    public void Recognises_the_amount(string sentence, string expected)
    {
        var amounts = AmountRecognizer.Find(sentence, 0, sentence.Length, new DocumentState(sentence.Any(c => c > 0x4e00), true, null));
        var amount = Assert.Single(amounts);
        Assert.Equal(AmountParser.Parse(expected), amount.Amount);
    }

    [Theory]
    [InlineData("The model has 100 billion parameters.")]
    [InlineData("In 2025 revenue grew 56%.")]
    [InlineData("模型有一千億個參數。")]
    [InlineData("員工人數達 3 萬人。")]
    [InlineData("幾十億的燒錢速度。")]
    public void Ignores_figures_that_are_not_money(string sentence)
    {
        Assert.Empty(AmountRecognizer.Find(sentence, 0, sentence.Length, new DocumentState(sentence.Any(c => c > 0x4e00), true, null)));
    }

    [Theory]
    [InlineData("It is a $100 billion market.")]
    [InlineData("市場規模將在 2030 年達到 4000 億美元。")]
    public void Market_sizes_are_marked(string sentence)
    {
        Assert.True(Assert.Single(AmountRecognizer.Find(sentence, 0, sentence.Length, new DocumentState(sentence.Any(c => c > 0x4e00), true, null))).IsMarketSize);
    }

    [Fact]
    public void Per_gigawatt_is_a_rate_kept_as_terms()
    {
        const string s = "Nvidia will invest $10 billion per gigawatt in OpenAI.";
        Assert.Equal("per gigawatt", Assert.Single(AmountRecognizer.Find(s, 0, s.Length, new DocumentState(false, false, null))).RateUnit);
    }

    [Theory]
    [InlineData("去年九月看到新聞", "2026-01-31", "2025-09")]
    [InlineData("Nvidia announced the deal last September.", "2026-01-31", "2025-09")]
    [InlineData("The deal was signed on September 22, 2025.", "2026-01-31", "2025-09-22")]
    [InlineData("上個月宣布", "2026-01-31", "2025-12")]
    [InlineData("2025年9月22日宣布", "2026-01-31", "2025-09-22")]
    public void Relative_dates_resolve_against_the_document_date(string sentence, string published, string expected)
    {
        Assert.Equal(expected, RelativeDateResolver.Resolve(sentence, 0, sentence.Length, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
