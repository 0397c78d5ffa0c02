using Dealgraph.Core.Queries;
using Dealgraph.Storage;
using Dealgraph.Web.Reports;
using Microsoft.Playwright;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Web.Tests;

/// <summary><c>dealgraph report</c>: a self-contained HTML report that draws its charts offline, and Markdown posts with valid front matter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_report_opens_in_Chromium_with_its_charts_drawn_and_no_network_access()
    {
        var dir = browser.Example.TempFolder("report-html");
        var run = CliJson.Run("report", "--out", dir, "--as-of", "2026-01-30", "--db", browser.Example.Db);
        Assert.True(run.ExitCode == 0, run.Errors);
        var html = Path.Combine(dir, "index.html");
        Assert.DoesNotContain("src=\"http", await File.ReadAllTextAsync(html), StringComparison.Ordinal);

        var requests = new List<string>();
        var dialogs = new List<string>();
        var page = await browser.NewPage(dialogs);
        // Any request that is not the file itself is recorded and refused: the report must need none.
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        await page.GotoAsync(new Uri(html).AbsoluteUri + "#/overview");
        await page.WaitForSelectorAsync("body[data-ready='overview:2026-01-30:en']");

        Assert.True(await page.Locator("#overview-chart canvas").CountAsync() > 0, "overview chart drawn");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report-overview.png"), FullPage = true });

        await page.EvaluateAsync("() => { location.hash = '#/deals'; }");
        await page.WaitForSelectorAsync("body[data-ready='deals:2026-01-30:en']");
        Assert.Equal("on ice", await page.InnerTextAsync("tr[data-deal='nvidia-openai-loi-2025'] .status"));

        await page.EvaluateAsync("() => { location.hash = '#/deal/nvidia-openai-loi-2025'; }");
        await page.WaitForSelectorAsync("body[data-ready='deal:2026-01-30:en']");
        Assert.True(await page.Locator("#band-chart canvas").CountAsync() > 0, "band chart drawn");

        await page.EvaluateAsync("() => { location.hash = '#/network'; }");
        await page.WaitForSelectorAsync("body[data-ready='network:2026-01-30:en']");
        Assert.True(await page.Locator("#network-chart canvas").CountAsync() > 0, "network drawn");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report-network.png"), FullPage = true });

        Assert.Empty(requests);
        Assert.Empty(dialogs);
    }

    [Theory]
    [InlineData("en", "en", "Headline")]
    [InlineData("zh-Hant", "zh", "宣布金額")]
    public void Every_post_has_valid_Jekyll_front_matter_a_timeline_and_its_sources(string lang, string frontMatterLang, string headlineLabel)
    {
        var dir = browser.Example.TempFolder("posts-" + lang);
        var run = CliJson.Run("report", "--out", dir, "--lang", lang, "--as-of", "2026-03-10", "--db", browser.Example.Db);
        Assert.True(run.ExitCode == 0, run.Errors);

        var posts = Directory.GetFiles(Path.Combine(dir, "_posts"), "*.md");
        var deals = System.Text.Json.JsonDocument.Parse(CliJson.Run("deals", "--as-of", "2026-03-10", "--db", browser.Example.Db, "--format", "json").Output)
            .RootElement.GetProperty("deals").GetArrayLength();
        Assert.Equal(deals, posts.Length);
        foreach (var post in posts)
        {
            var text = File.ReadAllText(post);
            Assert.StartsWith("---\n", text, StringComparison.Ordinal);
            var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            Assert.True(end > 0, post);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text[4..end]));
            var front = (YamlMappingNode)yaml.Documents[0].RootNode;
            string Scalar(string key) => ((YamlScalarNode)front[key]).Value!;
            Assert.Equal("post", Scalar("layout"));
            Assert.False(string.IsNullOrWhiteSpace(Scalar("title")));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2} 00:00:00$", Scalar("date"));
            Assert.StartsWith(Scalar("date")[..10], Path.GetFileName(post), StringComparison.Ordinal);
            Assert.Equal("deals", Scalar("categories"));
            Assert.NotEmpty(((YamlSequenceNode)front["tags"]).Children);
            Assert.Equal(frontMatterLang, Scalar("lang"));
            Assert.Contains($"| {headlineLabel} |", text, StringComparison.Ordinal);
            Assert.Matches(@"\n1\. ", text);
        }
        var loi = File.ReadAllText(posts.Single(p => p.EndsWith("-nvidia-openai-loi-2025.md", StringComparison.Ordinal)));
        Assert.Contains("[The Wall Street Journal](<https://www.wsj.com/", loi, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_source_text_is_escaped_in_posts()
    {
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", MarkdownPost.Text("<img src=x onerror=alert(1)>"));
        Assert.Equal("a \\| b \\[c\\]", MarkdownPost.Text("a | b [c]"));
        Assert.Equal("\"say \\\"hi\\\"\"", MarkdownPost.Quoted("say \"hi\""));
    }

    [Fact]
    public async Task Without_ECharts_built_in_the_report_is_still_written_and_its_page_says_the_charts_are_missing()
    {
        var dir = browser.Example.TempFolder("report-no-charts");
        Ledger ledger;
        using (var store = DealStores.Open(browser.Example.Db))
        {
            ledger = Ledger.Of(store.Load(), new DateOnly(2026, 1, 30));
        }

        var files = StaticReport.Write(ledger, ReportLanguage.English, dir, charts: false);

        var posts = Directory.GetFiles(Path.Combine(dir, "_posts"), "*.md");
        Assert.Equal(ledger.States.Count, posts.Length);
        Assert.Equal(posts.Length + 1, files.Count);
        var html = Path.Combine(dir, "index.html");
        Assert.DoesNotContain("<script src=", await File.ReadAllTextAsync(html), StringComparison.Ordinal);

        var requests = new List<string>();
        var dialogs = new List<string>();
        var page = await browser.NewPage(dialogs);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(html).AbsoluteUri + "#/deals");
        await page.WaitForSelectorAsync("body[data-ready='deals:2026-01-30:en']");

        Assert.True(await page.IsVisibleAsync("#notice"));
        Assert.StartsWith("Charts are not available: Apache ECharts was not built into", await page.InnerTextAsync("#notice"), StringComparison.Ordinal);
        Assert.Equal("on ice", await page.InnerTextAsync("tr[data-deal='nvidia-openai-loi-2025'] .status"));
        await page.EvaluateAsync("() => { location.hash = '#/overview'; }");
        await page.WaitForSelectorAsync("body[data-ready='overview:2026-01-30:en']");
        Assert.Equal(0, await page.Locator("canvas").CountAsync());
        Assert.False(await page.IsVisibleAsync("#overview-chart"), "no empty chart box");
        Assert.True(await page.Locator("[data-total='headline'] .value").CountAsync() == 1, "the figures are still shown");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "report-no-charts.png"), FullPage = true });
        // The page asks for nothing but itself (no echarts.min.js beside it).
        Assert.All(requests, url => Assert.StartsWith(new Uri(html).AbsoluteUri, url, StringComparison.Ordinal));
        Assert.Empty(dialogs);
    }

    [Fact]
    public void A_report_language_other_than_en_or_zh_Hant_exits_2()
    {
        var run = CliJson.Run("report", "--out", browser.Example.TempFolder("report-fr"), "--lang", "fr", "--db", browser.Example.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--lang", run.Errors, StringComparison.Ordinal);
    }
}
