using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Queries;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph sources</c>: the sources cited by claims reported by the as-of date.</summary>
public sealed class SourcesCommand(IAnsiConsole console) : Command<QuerySettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, QuerySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var view = LedgerQueries.Sources(StoredLedger.Load(settings));
        var printer = new Printer(console);
        printer.Answer(settings.Format, view,
            () => Csv.Render(["id", "outlet", "published", "language", "kind", "title", "url"],
                view.Sources.Select(s => (IEnumerable<object?>)[s.Id, s.Outlet, s.Published, s.Language, s.Kind, s.Title, s.Url])),
            () =>
            {
                var table = new Table().Title($"Sources cited as of {view.AsOf:yyyy-MM-dd}").AddColumns("source", "outlet", "published", "title");
                foreach (var s in view.Sources)
                {
                    table.AddRow(Printer.Text(s.Id), Printer.Text(s.Outlet), s.Published is { } d ? $"{d:yyyy-MM-dd}" : "—", Printer.Text(s.Title));
                }
                printer.Render(table);
            });
        return 0;
    }
}
