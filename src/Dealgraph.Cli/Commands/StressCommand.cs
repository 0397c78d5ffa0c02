using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Money;
using Dealgraph.Core.Queries;
using Dealgraph.Ingest.Csv;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph stress</c>: the Eisenberg–Noe clearing vector under a failure or a shock, from the dataset or from CSV files.</summary>
public sealed class StressCommand(IAnsiConsole console) : Command<StressSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StressSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new StressOptions(settings.Fails, AnalysisQueries.ParseShare(settings.Recovery, 0m, QueryFields.Cli.Recovery), settings.Shocks,
            AnalysisQueries.ParseShare(settings.Alpha, 1m, QueryFields.Cli.Alpha), AnalysisQueries.ParseShare(settings.Beta, 1m, QueryFields.Cli.Beta),
            settings.UnknownCash, settings.Currency);
        StressInput input;
        DateOnly? asOf = null;
        Currency currency;
        if (settings.Liabilities is not null || settings.Assets is not null)
        {
            if (settings.Liabilities is null || settings.Assets is null)
            {
                throw new InputException("--liabilities and --assets go together", field: settings.Liabilities is null ? "--liabilities" : "--assets");
            }
            if (settings.AsOfText is not null)
            {
                throw new InputException("CSV input has no dates; --as-of applies to the database", field: QueryFields.Cli.AsOf);
            }
            currency = AnalysisQueries.ReportingCurrency(settings.Currency, [], QueryFields.Cli.Currency);
            var network = ClearingCsvReader.Read(settings.Liabilities, settings.Assets, out var withoutAssets);
            input = AnalysisQueries.CsvInput(network, withoutAssets, options, QueryFields.Cli);
        }
        else
        {
            var ledger = StoredLedger.Load(settings);
            asOf = ledger.AsOf;
            (input, currency) = AnalysisQueries.StressInput(ledger, options, QueryFields.Cli);
        }
        var printer = new Printer(console);
        var report = printer.Busy("Clearing", () => AnalysisQueries.Clear(input, asOf, currency, options, QueryFields.Cli));
        printer.Answer(settings.Format, report,
            () => Csv.Render(["id", "owed", "paid", "shortfall", "defaulted", "round", "assets", "receivable", "received", "loss"],
                report.Parties.Select(r => (IEnumerable<object?>)[r.Id, r.Owed, r.Paid, r.Shortfall, r.Defaulted ? "true" : "false", r.Round,
                    r.Assets, r.Receivable, r.Received, r.Loss])),
            () => Table(printer, report, settings.Liabilities is not null ? "no row in --assets" : "no cash fact"));
        return 0;
    }

    private static void Table(Printer printer, StressReport report, string why)
    {
        var c = report.Currency;
        var title = report.AsOf is { } d ? $"Clearing as of {d:yyyy-MM-dd} ({c})" : $"Clearing ({c})";
        var table = new Table().Title(title).AddColumns("party", "owed", "paid", "shortfall", "defaulted (round)", "owed to it", "received", "loss");
        foreach (var r in report.Parties.OrderByDescending(r => r.Shortfall + r.Loss).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            table.AddRow(Printer.Text(r.Id), Money(r.Owed), Money(r.Paid), Money(r.Shortfall), r.Round is { } k ? $"yes ({k})" : "no",
                Money(r.Receivable), Money(r.Received), Money(r.Loss));
        }
        printer.Render(table);
        printer.Line($"Total shortfall {c} {AmountFormatter.Scale(report.TotalShortfall)} after {report.Rounds} round(s) of the cascade; " +
            $"fixed-point residual {(report.Residual is { } residual ? Figure.Trimmed(residual) : null)} (payments rounded to {report.Decimals} decimals)" + (report.Converged ? "." : "; NOT CONVERGED."));
        if (report.AssumedAssets.Count > 0)
        {
            printer.Line($"External assets assumed ({why}, see --unknown-cash): {string.Join(", ", report.AssumedAssets)}");
        }
        if (report.Unquantified.Count > 0)
        {
            printer.Line($"Left out, no known amount: {string.Join(", ", report.Unquantified)}");
        }
    }

    private static string Money(decimal value) => AmountFormatter.Scale(value);
}
