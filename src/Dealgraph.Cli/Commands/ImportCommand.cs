using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>
/// <c>dealgraph import PATH…</c>: reads and validates the whole dataset first, then merges it
/// into the database in one transaction. A bad file writes nothing — not even a new database.
/// </summary>
public sealed class ImportCommand(IAnsiConsole console) : Command<ImportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var printer = new Printer(console);
        var summary = Run(printer, settings.DbLocation, settings.Paths);
        if (settings.Format == OutputFormat.Json)
        {
            printer.Json(summary);
            return 0;
        }
        var table = new Table().AddColumns("", "parties", "sources", "deals", "claims", "facts", "fx");
        foreach (var (name, c) in new[] { ("added", summary.Added), ("updated", summary.Updated), ("unchanged", summary.Unchanged), ("removed", summary.Removed) })
        {
            table.AddRow(name, $"{c.Parties}", $"{c.Sources}", $"{c.Deals}", $"{c.Claims}", $"{c.Facts}", $"{c.FxRates}");
        }
        printer.Render(table);
        printer.Line(summary.NothingChanged ? "Nothing changed." : $"Imported into {settings.DbLocation}.");
        return 0;
    }

    /// <summary>Reads and imports; shared with <c>demo</c>.</summary>
    internal static ImportSummary Run(Printer printer, string location, IReadOnlyList<string> paths)
    {
        if (!DealStores.Exists(location))
        {
            // Validate before the database file exists, so bad input never creates one.
            var dataset = printer.Busy("Reading and checking the dataset…", () => DatasetReader.Read(paths));
            using var fresh = DealStores.Open(location);
            return printer.Busy($"Importing {dataset.Deals.Count:N0} deals…", () => fresh.Import(dataset));
        }
        using var store = DealStores.Open(location);
        var known = printer.Busy("Loading the ledger…", store.Load);
        var incoming = printer.Busy("Reading and checking the dataset…", () => DatasetReader.Read(paths, known));
        return printer.Busy($"Importing {incoming.Deals.Count:N0} deals…", () => store.Import(incoming));
    }
}
