using Dealgraph.Core.Model;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>
/// Sentences without an amount: a status word speaks of a deal between the parties named, but a
/// denial counts only when it names the deal (a denied grudge is no deal).
/// </summary>
public sealed class StatusOnlyDealTests
{
    private static readonly ClaimExtractor Extractor = new(LabelledCorpus.Parties);

    [Theory]
    [InlineData("Amazon and OpenAI are in talks about a new agreement.", "en", DealStatus.InTalks)]
    [InlineData("Amazon and OpenAI are in talks.", "en", DealStatus.InTalks)]
    [InlineData("亞馬遜與 OpenAI 正在洽談。", "zh-Hant", DealStatus.InTalks)]
    public void A_status_word_between_two_parties_is_a_deal_candidate_without_an_amount(string text, string language, DealStatus status)
    {
        var candidates = Extractor.Extract(text, new DateOnly(2026, 1, 31), language);

        var deal = Assert.Single(candidates, c => c.Payer is not null);
        Assert.Equal(status, deal.Status);
        Assert.Equal(["amazon", "openai"], new[] { deal.Payer!.Id, deal.Payee!.Id }.Order());
    }

    [Theory]
    [InlineData("Nvidia's chief denies he is unhappy with OpenAI, calling the report nonsense.", "en")]
    [InlineData("Nvidia denied that it would cut its planned investment in OpenAI.", "en")]
    public void A_denial_is_a_deal_status_only_when_the_sentence_names_the_deal(string text, string language)
    {
        var candidates = Extractor.Extract(text, new DateOnly(2026, 1, 31), language).Where(c => c.Payer is not null).ToList();

        var namesTheDeal = text.Contains("investment", StringComparison.Ordinal);
        Assert.Equal(namesTheDeal, candidates.Any(c => c.Status == DealStatus.Denied));
    }
}
