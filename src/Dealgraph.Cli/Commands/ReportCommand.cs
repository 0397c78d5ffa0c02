using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Core.Queries;
using Dealgraph.Storage;
using Dealgraph.Web.Api;
using Dealgraph.Web.Reports;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary><c>dealgraph report</c>: a self-contained HTML report and one Markdown post per deal.</summary>
public sealed class ReportCommand(IAnsiConsole console, ErrorOutput errors) : Command<ReportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var outDir = settings.Out ?? throw new InputException("where to write the report: --out DIR", field: "--out");
        var language = ReportLanguage.Parse(settings.Lang);
        var asOf = LedgerQueries.ParseAsOf(settings.AsOfText, QueryFields.Cli.AsOf);
        if (!DealStores.Exists(settings.DbLocation))
        {
            throw new InputException("no database here; run 'dealgraph import <dataset>' or 'dealgraph demo' first", settings.DbLocation);
        }
        Ledger ledger;
        using (var store = DealStores.Open(settings.DbLocation))
        {
            ledger = Ledger.Of(store.Load(), asOf);
        }
        var files = StaticReport.Write(ledger, language, outDir);
        if (!DashboardAssets.HasCharts)
        {
            // The report is still useful without charts (tables, posts): say what is missing on stderr, exit 0.
            errors.Writer.WriteLine("warning: " + DashboardAssets.MissingChartsMessage + " The report was written without its charts.");
        }
        var printer = new Printer(console);
        printer.Line($"Wrote {files[0]} and {files.Count - 1} posts under {Path.Combine(outDir, "_posts")} (as of {asOf:yyyy-MM-dd}, {language.Tag}).");
        return 0;
    }
}
