using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph export --out DIR</c>: the whole ledger as a dataset folder that re-imports to the same state (a backup you can review).</summary>
public sealed class ExportCommand(IAnsiConsole console) : Command<ExportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!DealStores.Exists(settings.DbLocation))
        {
            throw new InputException("no database here; nothing to export", settings.DbLocation);
        }
        var printer = new Printer(console);
        using var store = DealStores.Open(settings.DbLocation);
        var dataset = printer.Busy("Loading the ledger…", store.Load);
        printer.Busy($"Writing {dataset.Deals.Count:N0} deals…", () =>
        {
            DatasetWriter.Write(dataset, settings.Out);
            return 0;
        });
        printer.Line($"Exported {dataset.Parties.Count} parties, {dataset.Sources.Count} sources, {dataset.Deals.Count} deals, {dataset.Facts.Count} facts to {settings.Out}.");
        return 0;
    }
}
