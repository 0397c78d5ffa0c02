using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph runway</c>: cash, burn, runway and outstanding commitments per party, as of the date.</summary>
public sealed class RunwayCommand(IAnsiConsole console) : Command<RunwaySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RunwaySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var report = LedgerQueries.Runway(StoredLedger.Load(settings), settings.Party, QueryFields.Cli);
        var rows = report.Parties;
        var printer = new Printer(console);
        printer.Answer(settings.Format, report,
            () => Csv.Render(
                ["party", .. Csv.AmountHeader("cash"), .. Csv.AmountHeader("burn"), .. Csv.AmountHeader("revenue"), .. Csv.AmountHeader("commitments"),
                    .. Csv.AmountHeader("outstanding"), "runwayMonthsLow", "runwayMonthsHigh", "coverage"],
                rows.Select(r => (IEnumerable<object?>)[r.Party, .. Csv.AmountCells(r.Cash), .. Csv.AmountCells(r.Burn), .. Csv.AmountCells(r.Revenue),
                    .. Csv.AmountCells(r.Commitments), .. Csv.AmountCells(r.Outstanding), r.RunwayMonthsLow, r.RunwayMonthsHigh, r.Coverage])),
            () =>
            {
                var table = new Table().Title($"Runway as of {report.AsOf:yyyy-MM-dd}")
                    .AddColumns("party", "cash", "burn / yr", "runway (months)", "revenue / yr", "commitments (stated)", "outstanding binding", "coverage");
                foreach (var r in rows)
                {
                    var months = r.RunwayMonthsLow is { } lo ? (r.RunwayMonthsHigh is { } hi && hi != lo ? $"{lo}–{hi}" : $"{lo}") : "—";
                    table.AddRow(Printer.Text(r.Party), Printer.Amount(r.Cash), Printer.Amount(r.Burn), months, Printer.Amount(r.Revenue),
                        Printer.Amount(r.Commitments), Printer.Amount(r.Outstanding), r.Coverage is { } cv ? $"{cv:0.##}×" : "—");
                }
                printer.Render(table);
            });
        return 0;
    }
}
