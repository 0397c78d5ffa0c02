using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Dealgraph.Web.Tests;

/// <summary>The dashboard in headless Chromium: the seed case through time, both languages, escaping. Screenshots go to test-output/screenshots/.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browser)
{
    private const string LoiRow = "tr[data-deal='nvidia-openai-loi-2025']";
    private readonly List<string> _dialogs = [];

    [Fact]
    public async Task Moving_the_as_of_date_to_2026_01_30_shows_the_seed_deal_on_ice_and_Chinese_says_擱置()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.ExampleUrl + "/#/deals");
        await page.WaitForSelectorAsync("#view-deals");

        await page.FillAsync("#as-of", "2026-01-30");
        await page.WaitForSelectorAsync("body[data-ready='deals:2026-01-30:en']");

        var status = page.Locator($"{LoiRow} .status");
        Assert.Equal("on ice", await status.InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("deals-2026-01-30-en.png"), FullPage = true });

        await page.SelectOptionAsync("#lang", "zh-Hant");
        await page.WaitForSelectorAsync("body[data-ready='deals:2026-01-30:zh-Hant']");

        Assert.Equal("擱置", await status.InnerTextAsync());
        Assert.Equal("交易", await page.InnerTextAsync("#nav-deals"));
        // The data's own text stays as written.
        Assert.Contains("Nvidia to invest up to $100B in OpenAI", await page.InnerTextAsync(LoiRow), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("deals-2026-01-30-zh-Hant.png"), FullPage = true });
        Assert.Empty(_dialogs);
    }

    [Fact]
    public async Task The_as_of_control_moves_the_deal_page_through_time_with_its_band_chart_drawn()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.ExampleUrl + "/#/deal/nvidia-openai-loi-2025");
        await page.FillAsync("#as-of", "2025-10-01");
        await page.WaitForSelectorAsync("body[data-ready='deal:2025-10-01:en']");

        Assert.Equal("non-binding", await page.InnerTextAsync("dl.facts .status"));
        Assert.True(await page.Locator("#band-chart canvas").CountAsync() > 0, "the amount band is drawn");
        var wsjBefore = await page.Locator("td.source a", new() { HasTextString = "The Wall Street Journal" }).CountAsync();

        await page.FillAsync("#as-of", "2026-02-15");
        await page.WaitForSelectorAsync("body[data-ready='deal:2026-02-15:en']");

        Assert.Equal("scaled back", await page.InnerTextAsync("dl.facts .status"));
        var wsj = page.Locator("td.source a", new() { HasTextString = "The Wall Street Journal" });
        Assert.Equal(0, wsjBefore);
        Assert.StartsWith("https://www.wsj.com/", await wsj.First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("deal-loi-2026-02-15.png"), FullPage = true });
    }

    [Fact]
    public async Task The_overview_draws_headline_binding_and_paid()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.ExampleUrl + "/#/overview");
        await page.FillAsync("#as-of", "2026-03-31");
        await page.WaitForSelectorAsync("body[data-ready='overview:2026-03-31:en']");

        Assert.Matches(new Regex(@"USD [\d.]+B"), await page.InnerTextAsync("[data-total='binding'] .value"));
        Assert.True(await page.Locator("#overview-chart canvas").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("overview-2026-03-31.png"), FullPage = true });
    }

    [Fact]
    public async Task The_network_view_highlights_the_Nvidia_OpenAI_loop()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.ExampleUrl + "/#/network");
        await page.FillAsync("#as-of", "2026-01-30");
        await page.WaitForSelectorAsync("body[data-ready='network:2026-01-30:en']");

        var selected = page.Locator("li.loop.selected");
        Assert.Equal("nvidia openai", await selected.GetAttributeAsync("data-parties"));
        Assert.Contains("nvidia → openai → nvidia", await selected.InnerTextAsync(), StringComparison.Ordinal);
        var highlighted = (await page.GetAttributeAsync("#network-chart", "data-highlighted"))!.Split(' ');
        Assert.Contains("nvidia-openai-loi-2025", highlighted);
        Assert.Contains("openai-nvidia-systems-2025", highlighted);
        // The chart itself draws those edges in the loop colour.
        var colours = await page.EvaluateAsync<string[]>(
            "() => echarts.getInstanceByDom(document.getElementById('network-chart')).getOption().series[0].links" +
            ".filter(l => l.dealId === 'nvidia-openai-loi-2025').map(l => l.lineStyle.color)");
        Assert.Equal(["#d7263d"], colours);
        Assert.True(await page.Locator("#network-chart canvas").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("network-2026-01-30.png"), FullPage = true });
    }

    [Fact]
    public async Task The_stress_view_shows_the_cascade_when_OpenAI_fails()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.ExampleUrl + "/#/stress");
        await page.FillAsync("#as-of", "2026-01-30");
        await page.WaitForSelectorAsync("body[data-ready='stress:2026-01-30:en']");

        await page.SelectOptionAsync("#stress-party", "openai");
        await page.WaitForSelectorAsync("#stress-summary");

        Assert.Equal("0", await page.InnerTextAsync("tr[data-party='openai'] td:nth-child(2)")); // the failing party is round 0
        Assert.True(await page.Locator("tr.defaulted").CountAsync() > 1, "others default after OpenAI");
        Assert.Contains("Total shortfall: USD", await page.InnerTextAsync("#stress-summary"), StringComparison.Ordinal);
        Assert.True(await page.Locator("#stress-chart canvas").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("stress-openai-fails.png"), FullPage = true });
    }

    [Fact]
    public async Task Source_text_that_looks_like_markup_shows_as_text_and_runs_nothing()
    {
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(browser.HostileUrl + "/#/deal/acme-globex");
        await page.FillAsync("#as-of", "2026-02-01");
        await page.WaitForSelectorAsync("body[data-ready='deal:2026-02-01:en']");
        await page.GotoAsync(browser.HostileUrl + "/#/deals");
        await page.WaitForSelectorAsync("body[data-ready^='deals:']");
        await page.GotoAsync(browser.HostileUrl + "/#/network");
        await page.WaitForSelectorAsync("body[data-ready^='network:']");
        await page.GotoAsync(browser.HostileUrl + "/#/deal/acme-globex");
        await page.WaitForSelectorAsync("body[data-ready^='deal:']");

        var source = await page.InnerTextAsync("td.source");
        Assert.Contains("<img src=x onerror=alert(1)>", source, StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned = 1</script>", source, StringComparison.Ordinal);
        Assert.Contains("<svg onload=alert(3)>", await page.InnerTextAsync("td.quote"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#view img, #view svg, #view script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("hostile-source-as-text.png"), FullPage = true });
        Assert.Empty(_dialogs);
    }

    private static string Shot(string name) => Path.Combine(BrowserFixture.Screenshots, name);
}
