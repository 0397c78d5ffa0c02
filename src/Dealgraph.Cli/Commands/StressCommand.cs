using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
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
        if (!Vocabulary<UnknownCash>.TryParse(settings.UnknownCash, out var unknownCash))
        {
            throw new InputException($"'{settings.UnknownCash}' is not one of: {string.Join(", ", Vocabulary<UnknownCash>.Words)}", field: "--unknown-cash");
        }
        Share(settings.Recovery, "--recovery");
        Share(settings.Alpha, "--alpha");
        Share(settings.Beta, "--beta");
        StressInput input;
        DateOnly? asOf = null;
        Currency currency;
        if (settings.Liabilities is not null || settings.Assets is not null)
        {
            if (settings.Liabilities is null || settings.Assets is null)
            {
                throw new InputException("--liabilities and --assets go together", field: settings.Liabilities is null ? "--liabilities" : "--assets");
            }
            currency = ReportingCurrency.Of(settings.Currency, []);
            input = new StressInput(ClearingCsvReader.Read(settings.Liabilities, settings.Assets), [], []);
        }
        else
        {
            var ledger = Ledger.Load(settings);
            asOf = ledger.AsOf;
            currency = ReportingCurrency.Of(settings.Currency, ledger.States.Select(s => s.Currency));
            try
            {
                input = StressAnalysis.Build(ledger.Dataset, ledger.States, ledger.AsOf, currency,
                    new CurrencyConverter(ledger.Dataset.FxRates, ledger.AsOf), unknownCash);
            }
            catch (CurrencyMismatchException e)
            {
                throw new InputException($"{e.Message}: add an fx rate {e.Left}→{e.Right} to the dataset", field: "--currency");
            }
        }
        var parties = input.Network.Parties;
        var fails = settings.Fails.ToDictionary(p => Index(parties, p, "--fails"), _ => settings.Recovery);
        var shocks = new Dictionary<int, decimal>();
        foreach (var shock in settings.Shocks)
        {
            var eq = shock.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !NumberParser.TryParse(shock[(eq + 1)..], out var fall, out var error))
            {
                throw new InputException($"'{shock}' is not PARTY=AMOUNT with a non-negative amount", field: "--shock");
            }
            var i = Index(parties, shock[..eq], "--shock");
            shocks[i] = shocks.GetValueOrDefault(i) + fall;
        }
        var scenario = new ClearingScenario { Fails = fails, Shocks = shocks, Alpha = settings.Alpha, Beta = settings.Beta };
        var printer = new Printer(console);
        var result = printer.Busy("Clearing", () => ClearingVector.Solve(input.Network, scenario));
        var report = StressReport.Of(result, asOf, currency.Code, input.Unquantified, input.AssumedAssets);
        switch (settings.Format)
        {
            case OutputFormat.Json:
                printer.Json(report);
                break;
            case OutputFormat.Csv:
                printer.Raw(Csv.Render(["id", "owed", "paid", "shortfall", "defaulted", "round", "assets", "receivable", "received", "loss"],
                    report.Parties.Select(r => (IEnumerable<object?>)[r.Id, r.Owed, r.Paid, r.Shortfall, r.Defaulted ? "true" : "false", r.Round,
                        r.Assets, r.Receivable, r.Received, r.Loss])));
                break;
            default:
                Table(printer, report);
                break;
        }
        return 0;
    }

    private static void Table(Printer printer, StressReport report)
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
            $"fixed-point residual {report.Residual} (payments rounded to {report.Decimals} decimals)" + (report.Converged ? "." : "; NOT CONVERGED."));
        if (report.AssumedAssets.Count > 0)
        {
            printer.Line($"No cash fact (external assets assumed, see --unknown-cash): {string.Join(", ", report.AssumedAssets)}");
        }
        if (report.Unquantified.Count > 0)
        {
            printer.Line($"Left out, no known amount: {string.Join(", ", report.Unquantified)}");
        }
    }

    private static string Money(decimal value) => AmountFormatter.Scale(value);

    private static int Index(IReadOnlyList<string> parties, string party, string option)
    {
        for (var i = 0; i < parties.Count; i++)
        {
            if (string.Equals(parties[i], party, StringComparison.Ordinal))
            {
                return i;
            }
        }
        throw new InputException($"'{party}' owes nothing and is owed nothing in this network", field: option);
    }

    private static void Share(decimal value, string option)
    {
        if (value is < 0 or > 1)
        {
            throw new InputException($"{value} is not between 0 and 1", field: option);
        }
    }
}
