using Microsoft.Playwright;

namespace Dealgraph.Web.Tests;

/// <summary>The dashboard's charts name the currency their figures are in (euro and dollar data), in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartAxisBrowserTests(BrowserFixture browser)
{
    private readonly List<string> _dialogs = [];

    [Theory]
    [InlineData("euro", "en", "kestrel-helios-loan", "helios", "2026-06-01", "EUR billions")]
    [InlineData("euro", "zh-Hant", "kestrel-helios-loan", "helios", "2026-06-01", "十億 EUR")]
    [InlineData("example", "en", "nvidia-openai-loi-2025", "openai", "2026-01-30", "USD billions")]
    [InlineData("example", "zh-Hant", "nvidia-openai-loi-2025", "openai", "2026-01-30", "十億 USD")]
    public async Task Every_chart_axis_names_the_currency_of_its_figures(string dataset, string lang, string deal, string fails, string asOf, string axis)
    {
        var url = dataset == "euro" ? browser.EuroUrl : browser.ExampleUrl;
        var page = await browser.NewPage(_dialogs);
        await page.GotoAsync(url + "/#/overview");
        await page.SelectOptionAsync("#lang", lang);
        await page.FillAsync("#as-of", asOf);
        await page.WaitForSelectorAsync($"body[data-ready='overview:{asOf}:{lang}']");
        Assert.Equal(axis, await AxisName(page, "overview-chart"));

        await page.EvaluateAsync($"() => {{ location.hash = '#/deal/{deal}'; }}");
        await page.WaitForSelectorAsync($"body[data-ready='deal:{asOf}:{lang}']");
        Assert.Equal(axis, await AxisName(page, "band-chart"));

        await page.EvaluateAsync("() => { location.hash = '#/stress'; }");
        await page.WaitForSelectorAsync($"body[data-ready='stress:{asOf}:{lang}']");
        await page.SelectOptionAsync("#stress-party", fails);
        await page.WaitForSelectorAsync("#stress-chart canvas");
        Assert.Equal(axis, await AxisName(page, "stress-chart"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, $"stress-axis-{dataset}-{lang}.png"), FullPage = true });
        Assert.Empty(_dialogs);
    }

    private static Task<string> AxisName(IPage page, string chart) =>
        page.EvaluateAsync<string>("id => echarts.getInstanceByDom(document.getElementById(id)).getOption().yAxis[0].name", chart);
}
