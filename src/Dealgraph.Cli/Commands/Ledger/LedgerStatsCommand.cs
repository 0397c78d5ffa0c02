using System.Globalization;
using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph ledger stats FILE.csv</c>: rows, parties, currencies, time span and top payers.</summary>
public sealed class LedgerStatsCommand(IAnsiConsole console) : Command<LedgerStatsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LedgerStatsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var load = LedgerLoad.WithProgress(console, settings.Format == OutputFormat.Table, progress => LedgerLoad.From(settings, progress));
        var stats = LedgerStatistics.Of(load.Graph, settings.Top);
        var printer = new Printer(console);
        printer.Answer(settings.Format, new { stats.Rows, stats.Parties, badRows = load.Read.BadRows, stats.Currencies, stats.First, stats.Last, stats.TopPayers },
            () => Csv.Render(["measure", "key", "value"], Rows(stats, load.Read.BadRows)),
            () =>
            {
                var table = new Table().AddColumns("measure", "key", "value");
                foreach (var row in Rows(stats, load.Read.BadRows))
                {
                    table.AddRow(row.Select(c => Printer.Text(Convert.ToString(c, CultureInfo.InvariantCulture))).ToArray());
                }

                printer.Render(table);
            });

        return 0;
    }

    private static IEnumerable<IEnumerable<object?>> Rows(LedgerStatistics stats, long badRows)
    {
        yield return ["rows", "", stats.Rows];
        yield return ["bad rows skipped", "", badRows];
        yield return ["parties", "", stats.Parties];
        yield return ["first", "", stats.First is { } f ? LedgerText.Timestamp(f) : ""];
        yield return ["last", "", stats.Last is { } l ? LedgerText.Timestamp(l) : ""];
        foreach (var c in stats.Currencies)
        {
            yield return ["currency transactions", c.Currency, c.Transactions];
            yield return ["currency total", c.Currency, LedgerText.Amount(c.Total)];
        }

        foreach (var p in stats.TopPayers)
        {
            yield return ["top payer payments", p.Party, p.Payments];
        }
    }
}
