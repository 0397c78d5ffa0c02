using Dealgraph.Core.Money;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Ingest.Extraction;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>A party named with a legal form ("Atlas Capital LLC") is recognised where the text drops it ("Atlas Capital").</summary>
public sealed class LegalFormNameTests
{
    private static readonly IReadOnlyList<Dealgraph.Core.Model.Party> Parties =
        DatasetReader.Read([RepoPaths.Data("extraction", "legal-form-parties.yaml")]).Parties;

    private static readonly PartyRecognizer Recognizer = new(Parties);

    private static string[] Found(string sentence) => [.. Recognizer.Find(sentence, 0, sentence.Length).Select(m => m.Id)];

    [Theory]
    [InlineData("Atlas Capital is in talks to invest about $1.2bn in Helios, two sources said.", "atlas-capital,helios")]
    [InlineData("Atlas Capital LLC said on Monday it had closed its fund.", "atlas-capital")]
    [InlineData("Nordwind Hydrogen will buy turbines from GridCo Netz.", "nordwind,gridco")]
    [InlineData("Lyra Partners Holdings agreed to the terms.", "lyra-holdings")]
    [InlineData("VoltiX and Helios Energie signed a supply deal.", "voltix-energy,helios")]
    [InlineData("北風氫能獲得赫利俄斯能源投資。", "nordwind,helios")]
    [InlineData("沃提克斯能源将向北风氢能股份有限公司采购设备。", "voltix-energy")]
    public void A_name_without_its_legal_form_is_the_party(string sentence, string expected) =>
        Assert.Equal(expected.Split(','), Found(sentence));

    [Theory]
    [InlineData("Vega will lend Helios €1 billion.", "helios")] // one plain word left: not a name on its own
    [InlineData("Orion Capital will lend Helios €1 billion.", "helios")] // two parties shorten to it: neither
    [InlineData("Lyra Partners will lend Helios €1 billion.", "lyra-fund,helios")] // another party's stated alias wins
    [InlineData("The board said Orion Capital Ltd would lend Helios €1 billion.", "orion-uk,helios")] // the full name still names its party
    public void A_short_name_that_is_ambiguous_is_not_taken(string sentence, string expected) =>
        Assert.Equal(expected.Split(','), Found(sentence));

    [Theory]
    [InlineData("Atlas Capital is in talks to invest about $1.2bn in Helios, two sources said.", "en", "USD 1.2e9")]
    [InlineData("據知情人士透露，北風氫能將向Atlas Capital出售價值5億歐元的股份。", "zh-Hant", "EUR 0.5e9")]
    public void A_deal_with_a_party_named_without_its_legal_form_is_extracted(string text, string language, string amount)
    {
        var deal = Assert.Single(new ClaimExtractor(Parties).Extract(text, new DateOnly(2026, 7, 3), language));
        Assert.Contains("atlas-capital", new[] { deal.Payer?.Id, deal.Payee?.Id });
        Assert.Equal(AmountParser.Parse(amount).High, deal.Amount?.High);
    }
}
