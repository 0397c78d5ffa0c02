using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Storage;
using Dealgraph.Web;
using Dealgraph.Web.Api;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph serve</c>: the JSON API, its OpenAPI document and the dashboard, on loopback unless told otherwise.</summary>
public sealed class ServeCommand(IAnsiConsole console) : Command<ServeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!DealStores.Exists(settings.DbLocation))
        {
            throw new InputException("no database here; run 'dealgraph import <dataset>' or 'dealgraph demo' first", settings.DbLocation);
        }
        if (settings.Files is { } files && !Directory.Exists(files))
        {
            throw new InputException("no such folder", files, field: "--files");
        }
        var token = settings.Token ?? Environment.GetEnvironmentVariable("DEALGRAPH_TOKEN");
        var app = DealgraphServer.Build([], new Dictionary<string, string?>
        {
            ["urls"] = settings.Urls ?? DealgraphServer.DefaultUrls,
            // A file path is made absolute; a PostgreSQL URL or connection string is not a path.
            ["Dealgraph:Db"] = Storage.Postgres.PostgresUrl.IsPostgres(settings.DbLocation) ? settings.DbLocation : Path.GetFullPath(settings.DbLocation),
            ["Dealgraph:Token"] = token,
            ["Dealgraph:Files"] = settings.Files,
        });
        var printer = new Printer(console);
        if (!DashboardAssets.HasCharts)
        {
            printer.Line("warning: " + DashboardAssets.MissingChartsMessage);
        }
        app.Start();
        foreach (var url in app.Urls)
        {
            printer.Line($"Dealgraph on {url}/ (API {url}/api/deals, OpenAPI {url}/openapi/v1.json); ledger {settings.DbLocation}");
        }
        printer.Line(string.IsNullOrEmpty(token) ? "Read-only: no token, so no write endpoints." : "Write endpoints enabled (bearer token).");
        printer.Line("Ctrl+C to stop.");
        app.WaitForShutdown();
        return 0;
    }
}
