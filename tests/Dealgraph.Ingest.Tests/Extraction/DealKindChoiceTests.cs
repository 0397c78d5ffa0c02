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
}
