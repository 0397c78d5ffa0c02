using Dealgraph.Core.Money;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>A negation before a comparative flips it: "no more than" caps a figure, "not less than" floors it.</summary>
public sealed class NegatedQualifierTests
{
    [Theory]
    [InlineData("Helios will invest no more than €12 billion in Nordwind.", "up-to EUR 12e9")]
    [InlineData("Helios will invest not more than €12 billion in Nordwind.", "up-to EUR 12e9")]
    [InlineData("The loan is not to exceed €12 billion.", "up-to EUR 12e9")]
    [InlineData("Helios will invest an amount not exceeding €12 billion.", "up-to EUR 12e9")]
    [InlineData("The stake won't exceed €12 billion.", "up-to EUR 12e9")]
    [InlineData("The price will not be greater than $5 billion.", "up-to USD 5e9")]
    [InlineData("No more than $5 billion will change hands.", "up-to USD 5e9")]
    [InlineData("赫利俄斯能源將向北風氫能投資不超過120億歐元。", "up-to EUR 12e9")]
    [InlineData("赫利俄斯能源将向北风氢能投资不超过120亿欧元。", "up-to EUR 12e9")]
    [InlineData("投資金額不高於120億歐元。", "up-to EUR 12e9")]
    [InlineData("投資金額不會超過 1000 億美元。", "up-to USD 100e9")]
    [InlineData("投资金额不得高于 1000 亿美元。", "up-to USD 100e9")]
    public void A_negated_more_than_caps_the_figure(string sentence, string expected) => AssertAmount(sentence, expected);

    [Theory]
    [InlineData("Helios will invest no less than €12 billion in Nordwind.", "at-least EUR 12e9")]
    [InlineData("Helios will invest not less than €12 billion in Nordwind.", "at-least EUR 12e9")]
    [InlineData("The order is not below $3 billion.", "at-least USD 3e9")]
    [InlineData("No fewer than $3 billion was pledged.", "at-least USD 3e9")]
    [InlineData("赫利俄斯能源將向北風氫能投資不少於120億歐元。", "at-least EUR 12e9")]
    [InlineData("赫利俄斯能源将向北风氢能投资不少于120亿欧元。", "at-least EUR 12e9")]
    [InlineData("投資金額不低於120億歐元。", "at-least EUR 12e9")]
    [InlineData("投资金额不低于120亿欧元。", "at-least EUR 12e9")]
    public void A_negated_less_than_floors_the_figure(string sentence, string expected) => AssertAmount(sentence, expected);

    [Theory]
    [InlineData("Helios will invest at most €12 billion in Nordwind.", "up-to EUR 12e9")]
    [InlineData("Helios will invest up to and including €12 billion in Nordwind.", "up-to EUR 12e9")]
    [InlineData("Helios will invest €12 billion or less in Nordwind.", "up-to EUR 12e9")]
    [InlineData("投資金額在120億歐元以內。", "up-to EUR 12e9")]
    [InlineData("赫利俄斯能源將向北風氫能投資至少120億歐元。", "at-least EUR 12e9")]
    [InlineData("赫利俄斯能源将向北风氢能投资至少120亿欧元。", "at-least EUR 12e9")]
    [InlineData("Helios will invest more than €12 billion in Nordwind.", "more-than EUR 12e9")]
    [InlineData("投資金額超過120億歐元。", "more-than EUR 12e9")]
    [InlineData("投资金额少于120亿欧元。", "less-than EUR 12e9")]
    [InlineData("It is a casino over $2 billion in size.", "more-than USD 2e9")] // "no" ending a word is no negation
    public void Bounds_without_a_negation_keep_their_own_sense(string sentence, string expected) => AssertAmount(sentence, expected);

    [Theory]
    [InlineData("投資會不會超過 1000 億美元?", "more-than USD 100e9")]
    [InlineData("投資超不超過 1000 億美元?", "more-than USD 100e9")]
    public void A_question_asking_whether_it_exceeds_is_no_negation(string sentence, string expected) => AssertAmount(sentence, expected);

    private static void AssertAmount(string sentence, string expected)
    {
        var amounts = AmountRecognizer.Find(sentence, 0, sentence.Length, new DocumentState(sentence.Any(c => c > 0x4e00), true, null));
        Assert.Equal(AmountParser.Parse(expected), Assert.Single(amounts).Amount);
    }
}
