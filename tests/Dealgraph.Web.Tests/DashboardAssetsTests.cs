using System.Text.Json;
using Dealgraph.Tests;
using Dealgraph.Web.Api;

namespace Dealgraph.Web.Tests;

/// <summary>
/// What the build put into Dealgraph.Web.dll. test.sh leaves node_modules to the build itself, so on
/// a fresh clone (CI) these tests check that one build runs npm ci and embeds ECharts in that same build.
/// </summary>
public sealed class DashboardAssetsTests
{
    [Fact]
    public void The_build_embeds_the_ECharts_version_pinned_in_package_lock()
    {
        Assert.True(DashboardAssets.HasCharts, "Dealgraph.Web.dll was built without echarts.min.js: " + DashboardAssets.MissingChartsMessage);
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Dealgraph.Web", "package-lock.json")));
        var pinned = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/echarts").GetProperty("version").GetString();

        var echarts = DashboardAssets.Read(DashboardAssets.Echarts);

        Assert.Contains("Licensed to the Apache Software Foundation", echarts, StringComparison.Ordinal);
        Assert.Contains($"version=\"{pinned}\"", echarts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("app.js")]
    [InlineData("i18n.js")]
    [InlineData("style.css")]
    public void The_build_embeds_every_dashboard_file_as_it_is_in_the_repository(string name)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "Dealgraph.Web", "dashboard", name));

        Assert.Equal(source, DashboardAssets.Read(name));
    }
}
