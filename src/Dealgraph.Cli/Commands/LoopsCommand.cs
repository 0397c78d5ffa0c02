using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph loops</c>: money loops as of the date, and a party's self-funding.</summary>
public sealed class LoopsCommand(IAnsiConsole console, ErrorOutput errors) : Command<LoopsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LoopsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var report = AnalysisQueries.Loops(StoredLedger.Load(settings), settings.Party, settings.Basis, settings.Currency,
            settings.IncludeCancelled, QueryFields.Cli);
        var printer = new Printer(console);
        if (report.SelfFunding is not null && settings.Format == OutputFormat.Csv)
        {
            // CSV is one table, the loops; the self-funding figures would be a second one.
            errors.Writer.WriteLine($"note: the self-funding of {report.SelfFunding.Party} is not in CSV; --format json or table shows it");
        }
        printer.Answer(settings.Format, report,
            () => Csv.Render(["parties", "deals", .. Csv.AmountHeader("roundTrip")],
                report.Loops.Select(l => (IEnumerable<object?>)[string.Join(' ', l.Parties), string.Join(' ', l.Deals), .. Csv.AmountCells(l.RoundTrip)])),
            () =>
            {
                var table = new Table().Title($"Money loops as of {report.AsOf:yyyy-MM-dd} ({report.Basis} amounts)")
                    .AddColumns("#", "loop", "hops (deals: amount)", "round trip");
                var n = 0;
                foreach (var loop in report.Loops)
                {
                    var hops = string.Join("\n", loop.Hops.Select(h => $"{h.From} → {h.To} ({string.Join(", ", h.Deals)}): {Printer.Amount(h.Amount)}"));
                    table.AddRow($"{++n}", Printer.Text(string.Join(" → ", [.. loop.Parties, loop.Parties[0]])), Printer.Text(hops), Printer.Amount(loop.RoundTrip));
                }
                printer.Render(table);
                if (report.SelfFunding is { } s)
                {
                    printer.Line($"Self-funding of {s.Party}: max flow back to itself {Printer.Amount(s.Flow)} of inflow {Printer.Amount(s.Inflow)}; " +
                        $"share {Printer.Percent(s.Share.OnLowBounds)} on low bounds, {Printer.Percent(s.Share.OnHighBounds)} on high bounds");
                    if (s.UnpricedInflow.Count > 0)
                    {
                        printer.Line($"No amount on the {report.Basis} basis for {s.UnpricedInflow.Count} deal(s) into {s.Party}, " +
                            $"so its inflow has no upper bound: {string.Join(", ", s.UnpricedInflow)}");
                    }
                }
            });
        return 0;
    }
}
