using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;
using Dealgraph.Core.Views;
using Dealgraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>
/// <c>dealgraph demo</c>: imports the bundled example and tells its main story — the headline
/// against what was binding, on every date the record changed, for the deal and the deals that
/// replaced it.
/// </summary>
public sealed class DemoCommand(IAnsiConsole console) : Command<DemoSettings>
{
    /// <summary>Where the example dataset is looked for, in order: next to the binary, then the working folder.</summary>
    public static IEnumerable<string> ExampleLocations =>
    [
        Path.Combine(AppContext.BaseDirectory, "examples", "ai-megadeals"),
        Path.Combine(Environment.CurrentDirectory, "examples", "ai-megadeals"),
    ];

    /// <inheritdoc />
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Dataset ?? ExampleLocations.FirstOrDefault(Directory.Exists)
            ?? throw new InputException("the bundled example was not found; pass --dataset <folder>", field: "--dataset");
        var printer = new Printer(console);
        var summary = ImportCommand.Run(printer, settings.DbLocation, [path]);
        printer.Line($"Imported {path} into {settings.DbLocation}: {summary.Added.Deals} deals added, {summary.Updated.Deals} updated, {summary.Unchanged.Deals} unchanged.");

        using var store = DealStores.Open(settings.DbLocation);
        var dataset = store.Load();
        var deal = settings.Deal is { } id
            ? dataset.FindDeal(id) ?? throw new InputException($"unknown deal id '{id}'", field: "--deal")
            : dataset.Deals.MaxBy(d => d.Claims.Count) ?? throw new InputException("the dataset has no deals", path);
        var story = Successors(dataset, deal).ToList();
        var dates = story.SelectMany(d => d.Claims).Select(c => c.Reported).Distinct().Order().ToList();

        var table = new Table().Title(Printer.Text($"{deal.Title}: headline vs binding over time"))
            .AddColumns("as of", "deal", "status", "headline", "binding", "paid", "said by");
        var last = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var date in dates)
        {
            foreach (var state in story.Select(d => ClaimResolver.Resolve(d, date)).OfType<DealState>())
            {
                var view = DealView.Of(state);
                var row = new[] { view.Status ?? "—", Printer.Amount(view.Headline), Printer.Amount(view.Binding), Printer.Amount(view.Paid) };
                // One row per change of what the record says, not per report that repeats it.
                if (last.TryGetValue(view.Id, out var previous) && previous == string.Join('|', row))
                {
                    continue;
                }
                last[view.Id] = string.Join('|', row);
                var outlets = state.Claims.Where(c => c.Reported == date).Select(c => dataset.FindSource(c.SourceId)?.Outlet ?? c.SourceId).Distinct().ToList();
                var saidBy = outlets.Count > 2 ? [.. outlets.Take(2), $"+{outlets.Count - 2} more"] : outlets;
                table.AddRow($"{date:yyyy-MM-dd}", Printer.Text(view.Id), DealsCommand.StatusMarkup(view), Printer.Text(row[1]),
                    Printer.Text(row[2]), Printer.Text(row[3]), Printer.Text(string.Join("; ", saidBy)));
            }
        }
        printer.Render(table);
        printer.Line("Next: dealgraph deals --as-of 2026-01-30 · dealgraph show " + deal.Id + " · dealgraph reality · dealgraph --help");
        return 0;
    }

    /// <summary>The deal and, transitively, the deals that superseded it.</summary>
    private static IEnumerable<Deal> Successors(Dataset dataset, Deal deal)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var next = deal;
        while (next is not null && seen.Add(next.Id))
        {
            yield return next;
            var by = next.Claims.Select(c => c.SupersededBy).LastOrDefault(s => s is not null);
            next = by is null ? null : dataset.FindDeal(by);
        }
    }
}
