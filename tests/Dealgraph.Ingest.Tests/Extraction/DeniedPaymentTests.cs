using Dealgraph.Core.Model;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>
/// A denial of money passing between two parties is a denied deal whatever the word order: in Chinese the payee
/// often stands before the payer's verb ("北風氫能否認已收到赫利俄斯能源支付的…"), not after it.
/// </summary>
public sealed class DeniedPaymentTests
{
    private static readonly ClaimExtractor Extractor = new(LabelledCorpus.Parties);

    [Theory]
    [InlineData("OpenAI 否認已收到輝達支付的 1000 億美元。", "zh-Hant", "nvidia", "openai")]
    [InlineData("OpenAI 否认已收到英伟达支付的 1000 亿美元。", "zh-Hans", "nvidia", "openai")]
    [InlineData("甲骨文否認 OpenAI 已支付 300 億美元。", "zh-Hant", "openai", "oracle")]
    [InlineData("Oracle denied that OpenAI had paid $30 billion.", "en", "openai", "oracle")]
    [InlineData("OpenAI denied it had received $100 billion that Nvidia paid.", "en", "nvidia", "openai")]
    [InlineData("輝達否認向 OpenAI 支付了 1000 億美元。", "zh-Hant", "nvidia", "openai")]
    public void A_denied_payment_between_two_parties_is_a_denied_deal(string text, string language, string payer, string payee)
    {
        var deal = Assert.Single(Extractor.Extract(text, new DateOnly(2026, 7, 3), language), c => c.Type == CandidateType.Deal);

        Assert.Equal((payer, payee, DealStatus.Denied), (deal.Payer?.Id, deal.Payee?.Id, deal.Status));
    }

    [Theory]
    [InlineData("輝達執行長否認對 OpenAI 不滿,稱相關報導是「胡說八道」。", "zh-Hant")]
    [InlineData("在与台积电等供应商的晚宴上，黄仁勋否认对 OpenAI 不满。", "zh-Hans")]
    [InlineData("Nvidia CEO Jensen Huang denies he is unhappy with OpenAI, calling the report nonsense.", "en")]
    [InlineData("Nvidia denied it is unhappy with OpenAI, and said it has paid $10 billion for chips.", "en")] // the payment is affirmed in a clause of its own
    [InlineData("輝達否認對 OpenAI 不滿，並表示已支付 100 億美元。", "zh-Hant")]
    public void A_denial_without_money_or_a_verb_joining_the_parties_is_no_deal_status(string text, string language)
    {
        var candidates = Extractor.Extract(text, new DateOnly(2026, 7, 3), language);

        Assert.DoesNotContain(candidates, c => c.Status == DealStatus.Denied);
    }
}
