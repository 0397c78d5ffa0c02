using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph deals</c>: every deal that exists as of the date, with status, headline, binding and paid.</summary>
public sealed class DealsCommand(IAnsiConsole console) : Command<DealFilterSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DealFilterSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var view = LedgerQueries.Deals(StoredLedger.Load(settings), settings.Filter, QueryFields.Cli);
        var printer = new Printer(console);
        printer.Answer(settings.Format, view,
            () => Csv.Render(
                ["id", "title", "kind", "payer", "payee", "status", .. Csv.AmountHeader("headline"), .. Csv.AmountHeader("binding"), .. Csv.AmountHeader("paid"), "supersededBy"],
                view.Deals.Select(d => (IEnumerable<object?>)[d.Id, d.Title, d.Kind, d.Payer, d.Payee, d.Status,
                    .. Csv.AmountCells(d.Headline), .. Csv.AmountCells(d.Binding), .. Csv.AmountCells(d.Paid), d.SupersededBy])),
            () =>
            {
                var table = new Table().Title($"Deals as of {view.AsOf:yyyy-MM-dd}")
                    .AddColumns("deal", "payer → payee", "kind", "status", "headline", "binding", "paid", "last report");
                foreach (var d in view.Deals)
                {
                    table.AddRow(Printer.Text(d.Id), Printer.Text($"{d.Payer} → {d.Payee}"), d.Kind, StatusMarkup(d),
                        Printer.Amount(d.Headline), Printer.Amount(d.Binding) + (d.BindingDerived ? "*" : ""),
                        Printer.Amount(d.Paid) + (d.PaidDerived ? "*" : ""), $"{d.LastReported:yyyy-MM-dd}");
                }
                printer.Render(table);
                printer.Line($"{view.Deals.Count} deals. * = derived from the status, not stated by a source.");
            });
        return 0;
    }

    internal static string StatusMarkup(DealView d) =>
        Printer.Text(d.Status) + (d.Contested.Contains("status") ? " [yellow](denied)[/]" : "");
}
