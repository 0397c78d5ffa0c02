using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace Dealgraph.Web.Api;

/// <summary>The dashboard's files (HTML, CSS, scripts, ECharts), embedded in this assembly at build time.</summary>
public static class DashboardAssets
{
    /// <summary>The file that is missing when the build could not run npm.</summary>
    public const string Echarts = "echarts.min.js";

    /// <summary>The embedded files, by name (<c>index.html</c>, <c>app.js</c>, …).</summary>
    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(DashboardAssets).Assembly, "Dealgraph.Web.dashboard");

    /// <summary>True when ECharts was embedded (npm was available at build time).</summary>
    public static bool HasCharts => Files.GetFileInfo(Echarts).Exists;

    /// <summary>What to tell a user whose build had no npm.</summary>
    public const string MissingChartsMessage =
        "the dashboard's charts (Apache ECharts, npm package 'echarts') were not built in: install Node.js with npm, " +
        "then rebuild (the build runs 'npm ci' in src/Dealgraph.Web). The JSON API works without them.";

    /// <summary>Reads an embedded file as text.</summary>
    /// <exception cref="FileNotFoundException">No such embedded file.</exception>
    public static string Read(string name)
    {
        var file = Files.GetFileInfo(name);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"dashboard file '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}", name);
        }
        using var reader = new StreamReader(file.CreateReadStream());
        return reader.ReadToEnd();
    }
}
