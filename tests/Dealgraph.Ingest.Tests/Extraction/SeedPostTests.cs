using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Documents;
using Dealgraph.Ingest.Extraction;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>The seed post (zh-Hant Jekyll post of 2026-01-31) read end to end with the test parties.</summary>
public sealed class SeedPostTests
{
    private static readonly string SeedPath = RepoPaths.Data("seed", "000_e492adb29fa69d40.txt");

    private static (TextDocument Document, IReadOnlyList<Candidate> Candidates) Read()
    {
        Assert.True(File.Exists(SeedPath), $"seed post missing at {SeedPath}");
        var document = Assert.Single(DocumentLoader.Load(SeedPath));
        return (document, new ClaimExtractor(LabelledCorpus.Parties).Extract(document.Text, document.Published, document.Language));
    }

    [Fact]
    public void Front_matter_gives_date_title_language_and_references_become_sources()
    {
        var (document, _) = Read();
        Assert.Equal(new DateOnly(2026, 1, 31), document.Published);
        Assert.Equal("zh", document.Language);
        Assert.Contains("1000 億", document.Title, StringComparison.Ordinal);
        Assert.Contains(document.References, r => r.Url.Contains("wsj.com", StringComparison.Ordinal) && r.Title!.Contains("擱置", StringComparison.Ordinal));
        Assert.Contains(document.References, r => r.Url.StartsWith("https://www.cnbc.com/2026/01/31/", StringComparison.Ordinal) && r.Outlet == "CNBC");
        Assert.Equal(5, document.References.Count);
    }

    [Fact]
    public void Nvidia_to_OpenAI_hundred_billion_with_on_ice_and_non_binding()
    {
        var (_, candidates) = Read();
        var deals = candidates.Where(c => c.Type == CandidateType.Deal && c.Payer?.Id == "nvidia" && c.Payee?.Id == "openai").ToList();
        Assert.Contains(deals, c => c.Amount is { Qualifier: AmountQualifier.About or AmountQualifier.UpTo, High: 100e9m } a && a.Currency == Currency.Usd);
        Assert.Contains(deals, c => c.Status == DealStatus.OnIce && c.Amount?.High == 100e9m);
        Assert.Contains(deals, c => c.Status == DealStatus.NonBinding);
        Assert.Contains(deals, c => c.Amount is { Qualifier: AmountQualifier.LessThan, High: 100e9m });
        Assert.Contains(deals, c => c.Effective == "2025-09" && c.Quote.StartsWith("去年九月", StringComparison.Ordinal));
    }

    [Fact]
    public void Amazon_to_OpenAI_fifty_billion_in_talks_and_OpenAI_valuation()
    {
        var (document, candidates) = Read();
        var amazon = Assert.Single(candidates, c => c.Payer?.Id == "amazon");
        Assert.Equal("openai", amazon.Payee?.Id);
        Assert.Equal(Amount.Exact(50e9m, Currency.Usd), amazon.Amount);
        Assert.Equal(DealStatus.InTalks, amazon.Status);
        Assert.Equal(amazon.Quote, document.Text[amazon.Span.Start..amazon.Span.End]);
        var valuation = Assert.Single(candidates, c => c.Type == CandidateType.Fact);
        Assert.Equal(("openai", FactMetric.Valuation), (valuation.Party?.Id, valuation.Metric));
        Assert.Equal(Amount.Exact(830e9m, Currency.Usd), valuation.Amount);
    }

    [Fact]
    public void A_guest_at_a_dinner_and_a_denied_grudge_give_no_deal_between_the_parties_named()
    {
        // "他飛到台北,招待台灣晶片供應鏈(台積電等)吃「兆元晚宴」,然後告訴記者說他對 OpenAI 不滿是「胡說八道」" names TSMC and
        // OpenAI, but no money flows between them and what is called nonsense is a grudge, not a deal.
        var (_, candidates) = Read();
        Assert.DoesNotContain(candidates, c => c.Type == CandidateType.Deal
            && (c.Payer?.Id, c.Payee?.Id) is ("tsmc", "openai") or ("openai", "tsmc"));
        Assert.DoesNotContain(candidates, c => c.Quote.Contains("兆元晚宴", StringComparison.Ordinal));
    }

    [Fact]
    public void The_deal_of_a_later_sentence_is_the_one_stated_before_not_rivals_named_in_a_what_if()
    {
        // "但那也意味著如果 OpenAI 搞砸了——或者 Google/Anthropic 開始侵蝕他們的市場——Nvidia 的聲譽也會受損。" names four
        // parties and no deal; "所以當他說交易還在但不是 1000 億時" still means the Nvidia → OpenAI deal.
        var (_, candidates) = Read();
        var later = Assert.Single(candidates, c => c.Quote.StartsWith("所以當他說交易還在", StringComparison.Ordinal));
        Assert.Equal(("nvidia", "openai", AmountQualifier.LessThan), (later.Payer?.Id, later.Payee?.Id, later.Amount?.Qualifier));
        Assert.True(later.FromContext);
        Assert.DoesNotContain(candidates, c => c.Payer?.Id is "google" or "anthropic" || c.Payee?.Id is "google" or "anthropic");
    }
}
