using Dealgraph.Core;
using Dealgraph.Ingest.Documents;
using Dealgraph.Ingest.Extraction;
using Dealgraph.Ingest.Tests.Extraction;

namespace Dealgraph.Ingest.Tests.Documents;

/// <summary>Feeds and pages served on 127.0.0.1: every item is read; every failure is a clear input error.</summary>
public sealed class FeedFetchTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Deal Wire</title><language>en</language>
          <item><title>Amazon in talks to invest up to $50 billion in OpenAI</title><link>https://example.com/a</link>
            <pubDate>Thu, 29 Jan 2026 18:00:00 GMT</pubDate><description>&lt;p&gt;Amazon is in talks to invest as much as $50 billion in OpenAI.&lt;/p&gt;</description></item>
          <item><title>Nvidia deal on ice</title><link>https://example.com/b</link><pubDate>Fri, 30 Jan 2026 10:00:00 GMT</pubDate>
            <description>The $100 billion deal between Nvidia and OpenAI is on ice after Nvidia will invest in OpenAI only in stages.</description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hant"><title>科技新聞</title>
          <entry><title>輝達將投資 OpenAI 最多 1000 億美元</title><link href="https://example.com/zh/1"/><published>2025-09-23T08:00:00Z</published>
            <content type="html">&lt;p&gt;輝達將投資 OpenAI 最多 1000 億美元,雙方簽署意向書。&lt;/p&gt;</content></entry>
          <entry><title>OpenAI 估值</title><link href="https://example.com/zh/2"/><updated>2026-01-31T08:00:00Z</updated>
            <summary>OpenAI 的估值據說是 8300 億美元。</summary></entry>
        </feed>
        """;

    private readonly LoopbackServer _server = new();
    // Generous: a loaded CI machine can take seconds to answer a loopback request; only the
    // slow-server test, whose server waits far longer, uses a short limit.
    private readonly FetchLimits _limits = new() { Timeout = TimeSpan.FromSeconds(30), MaxBytes = 1024 * 1024, MaxRedirects = 5 };
    private readonly ClaimExtractor _extractor = new(LabelledCorpus.Parties);

    [Fact]
    public void Rss_feed_over_http_gives_every_item_with_its_candidates()
    {
        _server.Text("/rss", "application/rss+xml; charset=utf-8", Rss);
        var items = DocumentLoader.Load(_server.Url("/rss"), _limits);
        Assert.Equal(2, items.Count);
        Assert.Equal(("Deal Wire", new DateOnly(2026, 1, 29), "https://example.com/a"), (items[0].Outlet, items[0].Published, items[0].Url));
        var first = _extractor.Extract(items[0].Text, items[0].Published, items[0].Language);
        Assert.Contains(first, c => c.Payer?.Id == "amazon" && c.Payee?.Id == "openai" && c.Amount?.High == 50e9m);
        var second = _extractor.Extract(items[1].Text, items[1].Published, items[1].Language);
        Assert.Contains(second, c => c.Status == Core.Model.DealStatus.OnIce && c.Amount?.High == 100e9m);
    }

    [Fact]
    public void Atom_feed_over_http_gives_every_entry()
    {
        _server.Text("/atom", "application/atom+xml", Atom);
        var entries = DocumentLoader.Load(_server.Url("/atom"), _limits);
        Assert.Equal(2, entries.Count);
        Assert.Equal(("zh-Hant", new DateOnly(2026, 1, 31)), (entries[1].Language, entries[1].Published));
        Assert.Contains(_extractor.Extract(entries[0].Text, entries[0].Published, entries[0].Language),
            c => c.Payer?.Id == "nvidia" && c.Amount is { Qualifier: Core.Money.AmountQualifier.UpTo, High: 100e9m } && c.Status == Core.Model.DealStatus.NonBinding);
        Assert.Contains(_extractor.Extract(entries[1].Text, entries[1].Published, entries[1].Language), c => c.Metric == Core.Model.FactMetric.Valuation);
    }

    [Fact]
    public void Html_page_gives_title_date_and_main_text()
    {
        _server.Text("/page", "text/html; charset=utf-8", """
            <html lang="en"><head><title>Deal</title><meta property="article:published_time" content="2025-09-22T12:00:00Z">
            <meta property="og:site_name" content="Deal Wire"></head><body><nav>Home $5 billion menu</nav>
            <article><h1>Nvidia and OpenAI</h1><p>Nvidia will invest up to $100 billion in OpenAI.</p></article><footer>© 2025</footer></body></html>
            """);
        var page = Assert.Single(DocumentLoader.Load(_server.Url("/page"), _limits));
        Assert.Equal(("Deal", new DateOnly(2025, 9, 22), "Deal Wire", "en"), (page.Title, page.Published, page.Outlet, page.Language));
        Assert.DoesNotContain("menu", page.Text, StringComparison.Ordinal);
        Assert.Single(_extractor.Extract(page.Text, page.Published, page.Language));
    }

    [Fact]
    public void Not_found_is_a_clear_error()
    {
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/missing"), _limits));
        Assert.Contains("HTTP 404", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Slow_server_times_out()
    {
        _server.Route("/slow", async r =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10));
            r.ContentType = "text/plain";
        });
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/slow"), _limits with { Timeout = TimeSpan.FromSeconds(1) }));
        Assert.Contains("timed out", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_megabyte_body_is_refused_while_streaming()
    {
        _server.Route("/big", async r =>
        {
            r.ContentType = "text/plain";
            r.SendChunked = true; // no Content-Length: the cap must hold while reading
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var sent = 0; sent < 50 * 1024 * 1024; sent += chunk.Length)
            {
                await r.OutputStream.WriteAsync(chunk);
            }
        });
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/big"), _limits));
        Assert.Contains("exceeds the limit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_oversize_body_is_refused_before_reading()
    {
        _server.Route("/declared", async r =>
        {
            r.ContentType = "text/plain";
            r.ContentLength64 = 50L * 1024 * 1024;
            await r.OutputStream.WriteAsync(new byte[16]);
        });
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/declared"), _limits));
        Assert.Contains("the limit is", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_loop_is_caught()
    {
        _server.Route("/a", r =>
        {
            r.StatusCode = 302;
            r.RedirectLocation = "/b";
            return Task.CompletedTask;
        });
        _server.Route("/b", r =>
        {
            r.StatusCode = 302;
            r.RedirectLocation = "/a";
            return Task.CompletedTask;
        });
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/a"), _limits));
        Assert.Contains("redirect loop", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_xml_feed_body_is_a_clear_error()
    {
        _server.Text("/bad-feed", "application/rss+xml", "this is not XML at all { }");
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/bad-feed"), _limits));
        Assert.Contains("not a well-formed RSS or Atom feed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_type_is_refused()
    {
        _server.Text("/image", "image/png", "PNG");
        var e = Assert.Throws<InputException>(() => DocumentLoader.Load(_server.Url("/image"), _limits));
        Assert.Contains("image/png", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();
}
