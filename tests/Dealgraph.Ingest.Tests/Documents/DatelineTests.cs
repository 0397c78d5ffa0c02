using Dealgraph.Ingest.Documents;

namespace Dealgraph.Ingest.Tests.Documents;

/// <summary>A plain-text article with no metadata is dated by a date line near its top, as news copy is.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("Microsoft to invest in Anthropic\nNovember 18, 2025\n\nMicrosoft will invest …", "2025-11-18")]
    [InlineData("Nov. 18, 2025\nMicrosoft will invest …", "2025-11-18")]
    [InlineData("\n\n18 November 2025\nMicrosoft will invest …", "2025-11-18")]
    [InlineData("Tuesday, November 18, 2025\nMicrosoft will invest …", "2025-11-18")]
    [InlineData("2026年4月20日\n\n亞馬遜宣布再向Anthropic投資50億美元。", "2026-04-20")]
    [InlineData("2026-02-27\nAmazon will invest …", "2026-02-27")]
    public void A_date_line_near_the_top_dates_a_plain_text_article(string text, string expected)
    {
        var document = Assert.Single(DocumentLoader.FromText(text, "article.txt"));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), document.Published);
    }

    [Theory]
    [InlineData("Nvidia said on November 18, 2025 that it would invest in Anthropic.")]
    [InlineData("One\nTwo\nThree\nFour\nFive\nNovember 18, 2025")]
    [InlineData("The deal was announced.\nNovember 31, 2025")]
    public void A_date_inside_a_sentence_far_down_or_impossible_dates_nothing(string text)
    {
        var document = Assert.Single(DocumentLoader.FromText(text, "article.txt"));

        Assert.Null(document.Published);
    }

    [Fact]
    public void Front_matter_wins_over_a_date_line()
    {
        var document = Assert.Single(DocumentLoader.FromText("---\ntitle: T\ndate: 2026-01-31\n---\nNovember 18, 2025\n\nText.", "post.md"));

        Assert.Equal(new DateOnly(2026, 1, 31), document.Published);
    }
}
