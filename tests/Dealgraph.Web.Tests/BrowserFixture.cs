using Dealgraph.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Dealgraph.Web.Tests;

/// <summary>
/// Headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) and the real server on
/// loopback ports: one on the bundled example, one on the hostile-text dataset, one on the euro dataset.
/// test.sh installs Chromium when it is missing; without it these tests fail, saying so.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly ExampleLedger _example = new();
    private readonly HostileLedger _hostile = new();
    private readonly EuroLedger _euro = new();
    private WebApplication? _exampleServer;
    private WebApplication? _hostileServer;
    private WebApplication? _euroServer;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string ExampleUrl { get; private set; } = "";

    public string HostileUrl { get; private set; } = "";

    public string EuroUrl { get; private set; } = "";

    public ExampleLedger Example => _example;

    public EuroLedger Euro => _euro;

    public static string Screenshots { get; } = Path.Combine(Dealgraph.Tests.RepoPaths.Root, "test-output", "screenshots");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run ./test.sh (it installs Debian's chromium) or apt-get install -y chromium");
        Directory.CreateDirectory(Screenshots);
        (_exampleServer, ExampleUrl) = await Start(_example.Db);
        (_hostileServer, HostileUrl) = await Start(_hostile.Db);
        (_euroServer, EuroUrl) = await Start(_euro.Db);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh page (own context: own storage) of a desktop size, failing the test on any dialog.</summary>
    public async Task<IPage> NewPage(List<string> dialogs)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        return page;
    }

    private static async Task<(WebApplication, string)> Start(string db)
    {
        var app = DealgraphServer.Build([], new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0", ["Dealgraph:Db"] = db });
        await app.StartAsync();
        return (app, app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        foreach (var app in new[] { _exampleServer, _hostileServer, _euroServer })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
        _example.Dispose();
        _hostile.Dispose();
        _euro.Dispose();
    }
}
