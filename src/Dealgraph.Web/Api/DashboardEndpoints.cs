using Dealgraph.Web.Hosting;
using Microsoft.Extensions.FileProviders;

namespace Dealgraph.Web.Api;

/// <summary>The dashboard at <c>/</c>, served from files embedded in this assembly; optionally a folder under <c>/files/</c>.</summary>
public static class DashboardEndpoints
{
    /// <summary>Serves the dashboard (and <see cref="ServerOptions.Files"/> when set).</summary>
    public static WebApplication MapDashboard(this WebApplication app, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        var files = DashboardAssets.Files;
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        if (options.Files is { Length: > 0 } folder)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(folder)), RequestPath = "/files" });
        }
        return app;
    }
}
