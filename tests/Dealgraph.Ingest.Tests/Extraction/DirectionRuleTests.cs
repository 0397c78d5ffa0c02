using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>Which words are direction cues, and when the party after a cue stands in its clause.</summary>
public sealed class DirectionRuleTests
{
    private static readonly PartyRecognizer Parties = new(LabelledCorpus.Parties);

    private static Direction? Decide(string sentence) =>
        DirectionRule.Decide(sentence, 0, sentence.Length, Parties.Find(sentence, 0, sentence.Length), 0);

    [Theory]
    [InlineData("Amazon 據說還在談要砸 500 億美元在 OpenAI 上。", "amazon", "openai", "砸")]
    [InlineData("輝達投資 OpenAI。", "nvidia", "openai", "投資")]
    [InlineData("OpenAI 獲得軟銀投資。", "softbank", "openai", "獲得")]
    [InlineData("博通將向 OpenAI 供應客製化晶片。", "openai", "broadcom", "向 OpenAI 供應")]
    [InlineData("Anthropic 承諾於 AWS 上花費逾千億美元。", "anthropic", "amazon", "於 AWS 上花費")]
    public void A_cue_word_gives_the_direction(string sentence, string payer, string payee, string cue)
    {
        var d = Assert.IsType<Direction>(Decide(sentence));
        Assert.Equal((payer, payee, cue), (d.Payer.Id, d.Payee.Id, d.Cue));
    }

    [Theory]
    [InlineData("如果 OpenAI 搞砸了 Google 就會受惠。")] // 搞砸 is "botch", not 砸 "splash out"
    [InlineData("輝達靠 OpenAI 獲利 Google 也一樣。")] // 獲利 is "profit", not 獲 "receive"
    [InlineData("台積電供應鏈與 OpenAI 的關係。")] // 供應鏈 is "supply chain", not 供應 "supply"
    [InlineData("台積電與 OpenAI 的工廠投入使用。")] // 投入使用 is "put into service", not 投入 "put in (money)"
    public void A_word_containing_a_cue_but_meaning_else_is_no_cue(string sentence)
    {
        var d = Assert.IsType<Direction>(Decide(sentence));
        Assert.Null(d.Cue);
        Assert.False(DirectionRule.ObjectInCueClause(sentence, d));
    }

    [Theory]
    [InlineData("Microsoft will invest $5 billion in Anthropic, and Nvidia will put in $10 billion.", "$10", "nvidia", "anthropic")] // ", and" starts a clause; its object is the parallel clause's
    [InlineData("Anthropic said Nvidia is obligated to purchase its unused capacity under an order worth $6 billion.", "$6", "nvidia", "anthropic")] // no party after the cue: the other one named
    [InlineData("輝達還是會投資 OpenAI ——「可能是我們做過最大的投資」—— 但不會超過 1000 億。", "1000", "nvidia", "openai")] // a subject across a dash is not the cue's
    public void A_cue_with_a_subject_but_no_party_after_it_takes_the_other_side_from_the_sentence(string sentence, string amount, string payer, string payee)
    {
        var d = Assert.IsType<Direction>(DirectionRule.Decide(sentence, 0, sentence.Length, Parties.Find(sentence, 0, sentence.Length), sentence.IndexOf(amount, StringComparison.Ordinal)));
        Assert.Equal((payer, payee), (d.Payer.Id, d.Payee.Id));
    }

    [Theory]
    [InlineData("Nvidia, the chipmaker, will invest in OpenAI.", true)]
    [InlineData("英伟达将向 OpenAI 投资。", true)]
    [InlineData("If OpenAI stumbles, or Google and Anthropic win over its customers, Nvidia's reputation suffers.", false)]
    [InlineData("如果 OpenAI 出錯,Google 就會獲得 Anthropic 的客戶——輝達也受損。", true)]
    [InlineData("Google will get, in the end, Nvidia.", false)]
    public void The_party_after_the_cue_must_stand_in_its_clause(string sentence, bool inClause)
    {
        var d = Assert.IsType<Direction>(Decide(sentence));
        Assert.NotNull(d.Cue);
        Assert.Equal(inClause, DirectionRule.ObjectInCueClause(sentence, d));
    }
}
