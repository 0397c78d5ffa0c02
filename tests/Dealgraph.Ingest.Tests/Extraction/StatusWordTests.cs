using Dealgraph.Core.Model;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>The status a sentence states, in English and in both Chinese scripts.</summary>
public sealed class StatusWordTests
{
    private static DealStatus? Status(string sentence) =>
        StatusWordRecognizer.Strongest(StatusWordRecognizer.Find(sentence, 0, sentence.Length));

    [Theory]
    [InlineData("Kestrel will lend Nordwind up to €2.5 billion, according to people familiar with the matter.")]
    [InlineData("Atlas Capital is in talks about a stake, two sources said.", DealStatus.InTalks)]
    [InlineData("Helios will invest €3 billion in Nordwind, sources said.")]
    [InlineData("據知情人士透露，赫利俄斯能源將向北風氫能投資最多200億歐元。")]
    [InlineData("据知情人士透露，赫利俄斯能源将向北风氢能投资最多200亿欧元。")]
    [InlineData("知情人士稱，北風氫能將獲得注資。")]
    [InlineData("据悉，北风氢能将获得注资。")]
    [InlineData("据报，北风氢能将获得注资。")]
    [InlineData("市場传出北风氢能将获得注资。")]
    public void Word_of_unnamed_sources_is_a_rumour(string sentence, DealStatus expected = DealStatus.Rumored) =>
        Assert.Equal(expected, Status(sentence));

    [Theory]
    [InlineData("雙方暫停了談判。", DealStatus.OnIce)]
    [InlineData("双方暂停了谈判。", DealStatus.OnIce)]
    [InlineData("項目已經停擺。", DealStatus.OnIce)]
    [InlineData("项目已经停摆。", DealStatus.OnIce)]
    [InlineData("雙方簽訂了協議。", DealStatus.Signed)]
    [InlineData("双方签订了协议。", DealStatus.Signed)]
    [InlineData("双方已签约。", DealStatus.Signed)]
    [InlineData("公司驳斥了这一报道。", DealStatus.Denied)]
    [InlineData("投資規模縮水。", DealStatus.ScaledBack)]
    [InlineData("投资规模缩水。", DealStatus.ScaledBack)]
    [InlineData("双方签署了合作备忘录。", DealStatus.NonBinding)]
    [InlineData("该协议无约束力。", DealStatus.NonBinding)]
    [InlineData("双方仍在谈判中。", DealStatus.InTalks)]
    [InlineData("北風氫能否認已收到赫利俄斯能源支付的30億歐元。", DealStatus.Denied)]
    [InlineData("北风氢能否认已收到赫利俄斯能源支付的30亿欧元。", DealStatus.Denied)]
    public void A_status_word_counts_in_either_Chinese_script(string sentence, DealStatus expected) =>
        Assert.Equal(expected, Status(sentence));
}
