using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph parties</c>: every party, with the number of deals it is in as of the date.</summary>
public sealed class PartiesCommand(IAnsiConsole console) : Command<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var view = LedgerQueries.Parties(StoredLedger.Load(settings));
        var printer = new Printer(console);
        printer.Answer(settings.Format, view,
            () => Csv.Render(["id", "name", "kind", "aliases", "deals"],
                view.Parties.Select(p => (IEnumerable<object?>)[p.Id, p.Name, p.Kind, string.Join("; ", p.Aliases), p.Deals])),
            () =>
            {
                var table = new Table().Title($"Parties as of {view.AsOf:yyyy-MM-dd}").AddColumns("party", "name", "kind", "deals");
                foreach (var p in view.Parties)
                {
                    table.AddRow(Printer.Text(p.Id), Printer.Text(p.Name), p.Kind, $"{p.Deals}");
                }
                printer.Render(table);
            });
        return 0;
    }
}
