using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph reality</c>: headline vs binding vs paid, per deal and in total (by kind, payer, year).</summary>
public sealed class RealityCommand(IAnsiConsole console) : Command<RealitySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, RealitySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var report = LedgerQueries.Reality(StoredLedger.Load(settings), settings.Filter, settings.Currency, QueryFields.Cli);
        var printer = new Printer(console);
        printer.Answer(settings.Format, report,
            () => Csv.Render(
                ["id", "kind", "payer", "payee", "status", .. Csv.AmountHeader("headline"), .. Csv.AmountHeader("binding"), .. Csv.AmountHeader("paid"), "bindingRatio", "paidRatio"],
                report.Deals.Select(d => (IEnumerable<object?>)[d.Id, d.Kind, d.Payer, d.Payee, d.Status,
                    .. Csv.AmountCells(d.Headline), .. Csv.AmountCells(d.Binding), .. Csv.AmountCells(d.Paid), d.BindingRatio, d.PaidRatio])),
            () =>
            {
                var table = new Table().Title($"Announced vs binding vs paid, as of {report.AsOf:yyyy-MM-dd}")
                    .AddColumns("deal", "status", "headline", "binding", "binding %", "paid", "paid %");
                foreach (var d in report.Deals)
                {
                    table.AddRow(Printer.Text(d.Id), Printer.Text(d.Status), Printer.Amount(d.Headline), Printer.Amount(d.Binding),
                        Printer.Percent(d.BindingRatio), Printer.Amount(d.Paid), Printer.Percent(d.PaidRatio));
                }
                var t = report.Totals;
                table.AddEmptyRow();
                table.AddRow($"[bold]total ({t.Deals} deals, superseded excluded)[/]", "", Printer.Amount(t.Headline), Printer.Amount(t.Binding),
                    Printer.Percent(t.BindingRatio), Printer.Amount(t.Paid), Printer.Percent(t.PaidRatio));
                printer.Render(table);
            });
        return 0;
    }
}
