using Dealgraph.Core.Model;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>With several amounts in one sentence, each deal takes its kind from its own stretch of it.</summary>
public sealed class DealKindChoiceTests
{
    private static readonly ClaimExtractor Extractor = new(LabelledCorpus.Parties);

    [Fact]
    public void An_investment_and_a_compute_commitment_in_one_headline_keep_their_own_kinds()
    {
        var candidates = Extractor.Extract("Microsoft to invest up to $5 billion in Anthropic as the AI startup commits to $30 billion of Azure compute",
            new DateOnly(2025, 11, 18), "en");

        var kinds = candidates.Where(c => c.Payer is not null).Select(c => (c.Payer!.Id, c.Payee!.Id, c.Kind)).ToList();
        Assert.Equal([("microsoft", "anthropic", DealKind.EquityInvestment), ("anthropic", "microsoft", DealKind.ComputeContract)], kinds);
    }

    [Fact]
    public void With_one_amount_the_sentence_names_the_kind()
    {
        var deal = Assert.Single(Extractor.Extract("OpenAI signed a $38 billion cloud deal with Amazon.", new DateOnly(2025, 11, 3), "en"));

        Assert.Equal(DealKind.ComputeContract, deal.Kind);
    }

    [Theory]
    [InlineData("Nvidia agreed to buy $5 billion of Intel common stock at $23.28 a share.", "en", DealKind.EquityInvestment)]
    [InlineData("輝達同意以每股23.28美元購買50億美元的英特爾普通股。", "zh-Hant", DealKind.EquityInvestment)]
    [InlineData("Nvidia agreed to buy $5 billion of Intel chips, and Intel shares rose 20%.", "en", DealKind.PurchaseCommitment)]
    public void A_purchase_of_stock_is_an_equity_investment_but_only_in_the_cues_own_clause(string sentence, string language, DealKind expected)
    {
        var deal = Assert.Single(Extractor.Extract(sentence, new DateOnly(2025, 9, 18), language), c => c.Payer is not null);

        Assert.Equal(("nvidia", "intel", expected), (deal.Payer!.Id, deal.Payee!.Id, deal.Kind));
    }
}
