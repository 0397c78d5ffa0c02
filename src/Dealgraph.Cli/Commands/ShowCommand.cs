using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph show DEAL</c>: a deal's state as of the date and every claim behind it, oldest first, each with its source.</summary>
public sealed class ShowCommand(IAnsiConsole console) : Command<ShowSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var view = LedgerQueries.Show(StoredLedger.Load(settings), settings.Deal, QueryFields.Cli);
        var printer = new Printer(console);
        printer.Answer(settings.Format, view,
            () => Csv.Render(
                ["id", "reported", "effective", "stance", "rank", "status", .. Csv.AmountHeader("headline"), .. Csv.AmountHeader("binding"), .. Csv.AmountHeader("paid"), "quote", "sourceId", "outlet", "url", "published"],
                view.Claims.Select(c => (IEnumerable<object?>)[c.Id, c.Reported, c.Effective, c.Stance, c.Rank, c.Status,
                    .. Csv.AmountCells(c.Headline), .. Csv.AmountCells(c.Binding), .. Csv.AmountCells(c.Paid), c.Quote, c.Source.Id, c.Source.Outlet, c.Source.Url, c.Source.Published])),
            () => Render(printer, view));
        return 0;
    }

    private static void Render(Printer printer, DealDetailView view)
    {
        var d = view.Deal;
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]deal[/]", Printer.Text($"{d.Id}: {d.Title}"));
        grid.AddRow("[bold]flow[/]", Printer.Text($"{d.Payer} → {d.Payee} ({d.Kind})"));
        grid.AddRow("[bold]as of[/]", $"{view.AsOf:yyyy-MM-dd}");
        grid.AddRow("[bold]status[/]", DealsCommand.StatusMarkup(d) + (d.SupersededBy is { } by ? Printer.Text($" by {by}") : ""));
        grid.AddRow("[bold]headline[/]", Printer.Amount(d.Headline));
        grid.AddRow("[bold]binding[/]", Printer.Amount(d.Binding) + (d.BindingDerived ? " (from status)" : ""));
        grid.AddRow("[bold]paid[/]", Printer.Amount(d.Paid) + (d.PaidDerived ? " (from status)" : ""));
        grid.AddRow("[bold]terms[/]", Printer.Text(view.Terms));
        grid.AddRow("[bold]legs[/]", Printer.Text(view.Legs.Count == 0 ? null : string.Join(", ", view.Legs)));
        printer.Render(grid);
        var table = new Table().AddColumns("reported", "stance", "status", "headline", "binding", "paid", "quote", "source");
        foreach (var c in view.Claims)
        {
            var stance = c.Stance == "denies" ? "[yellow]denies[/]" : c.Rank == "deprecated" ? "[grey]deprecated[/]" : c.Stance;
            table.AddRow($"{c.Reported:yyyy-MM-dd}", stance, Printer.Text(c.Status), Printer.Amount(c.Headline), Printer.Amount(c.Binding),
                Printer.Amount(c.Paid), Printer.Text(c.Quote), Printer.Text(c.Source.Outlet));
        }
        printer.Render(table);
        foreach (var group in view.Disagreements.GroupBy(x => x.Field))
        {
            // Who contradicts whom: the sources the tie-break overrode, for the same effective date.
            var others = group.Select(x => view.Claims.First(c => c.Id == x.Claim))
                .Select(c => $"{c.Source.Outlet} ({c.Reported:yyyy-MM-dd}) says {Stated(c, group.Key)}");
            printer.Line($"Sources disagree on {group.Key}: {string.Join("; ", others)}; the record keeps {Kept(d, group.Key)}.");
        }
    }

    private static string Stated(ClaimView c, string field) => FieldText(field, c.Status, c.Headline, c.Binding, c.Paid);

    private static string Kept(DealView d, string field) => FieldText(field, d.Status, d.Headline, d.Binding, d.Paid);

    private static string FieldText(string field, string? status, AmountView? headline, AmountView? binding, AmountView? paid) => field switch
    {
        "status" => status ?? "—",
        "headline" => Printer.Amount(headline),
        "binding" => Printer.Amount(binding),
        _ => Printer.Amount(paid),
    };
}
