using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>
/// <c>dealgraph ledger generate</c>: a synthetic ledger with planted round trips and a
/// ground-truth file listing them, for tests and benchmarks.
/// </summary>
public sealed class LedgerGenerateCommand(IAnsiConsole console) : Command<LedgerGenerateSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LedgerGenerateSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var ledger = new SyntheticLedger(settings.Options);
        var truth = settings.Truth ?? settings.Out + ".truth.jsonl";
        var rows = LedgerLoad.WithProgress(console, true, progress =>
        {
            var task = progress?.AddTask("generating", maxValue: Math.Max(1, settings.Transactions));
            return LedgerCsvWriter.Write(ledger, settings.Out, truth, written =>
            {
                if (task is not null)
                {
                    task.Value = written;
                }
            });
        });
        console.MarkupLine($"{rows:N0} transactions → {Markup.Escape(settings.Out)}; {ledger.Planted.Count:N0} planted round trips → {Markup.Escape(truth)}");
        return 0;
    }
}
