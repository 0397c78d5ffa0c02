using System.Diagnostics;
using Dealgraph.Cli.Infrastructure;
using Dealgraph.Cli.Output;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>
/// <c>dealgraph ledger loops FILE.csv</c>: every round trip (money leaving a party and coming
/// back to it within the window, amounts within the tolerance), one per line.
/// </summary>
public sealed class LedgerLoopsCommand(IAnsiConsole console, ErrorOutput errors) : Command<LedgerLoopsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, LedgerLoopsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var query = settings.Query;
        if (settings.Limit is < 0)
        {
            throw new Core.InputException("must not be negative", field: "--limit");
        }

        var showProgress = settings.Out is not null || settings.Format == LedgerLoopsFormat.Table;
        var (load, found, searchTime) = LedgerLoad.WithProgress(console, showProgress, progress =>
        {
            var load = LedgerLoad.From(settings, progress);
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var found = Search(load.Graph, query, settings, progress, cancellationToken);
            return (load, found, (Wall: clock.Elapsed, Cpu: Process.GetCurrentProcess().TotalProcessorTime - cpu));
        });

        if (settings.Timings)
        {
            var megabytes = load.Read.Bytes / 1e6;
            errors.Writer.WriteLine(
                $"rows={load.Graph.EdgeCount} parties={load.Graph.PartyCount} bad={load.Read.BadRows} bytes={load.Read.Bytes} "
                + $"read_s={load.ReadTime.TotalSeconds:F3} read_MBps={megabytes / load.ReadTime.TotalSeconds:F1} build_s={load.BuildTime.TotalSeconds:F3} "
                + $"search_s={searchTime.Wall.TotalSeconds:F3} read_cpu_s={load.ReadCpu.TotalSeconds:F3} build_cpu_s={load.BuildCpu.TotalSeconds:F3} "
                + $"search_cpu_s={searchTime.Cpu.TotalSeconds:F3} round_trips={found} threads={query.Parallelism} "
                + $"peak_rss_bytes={Process.GetCurrentProcess().PeakWorkingSet64} peak_rss_after_read_bytes={load.PeakBytesAfterRead} "
                + $"graph_array_bytes={load.Graph.ArrayBytes} managed_bytes={GC.GetTotalMemory(false)}");
        }

        if (load.Read.BadRows > 0)
        {
            errors.Writer.WriteLine($"skipped {load.Read.BadRows} bad rows; see {settings.RejectsPath}");
        }

        if (settings.Out is not null && settings.Format != LedgerLoopsFormat.Table)
        {
            console.MarkupLine($"{found:N0} round trips → {Markup.Escape(settings.Out)}");
        }

        return 0;
    }

    private long Search(TransactionGraph graph, RoundTripQuery query, LedgerLoopsSettings settings, ProgressContext? progress, CancellationToken cancellation)
    {
        var enumerator = new TemporalCycleEnumerator(graph, query);
        var task = progress?.AddTask("searching", maxValue: Math.Max(1, graph.EdgeCount));
        using var ticker = task is null ? null : new Timer(_ =>
        {
            task.Value = enumerator.StartEdgesDone;
            task.Description = $"searching: {enumerator.Found:N0} round trips";
        }, null, 200, 200);

        var limit = settings.Limit ?? long.MaxValue;
        var trips = enumerator.Enumerate(cancellation).Take((int)Math.Min(int.MaxValue, limit));
        long count = 0;
        if (settings.Format == LedgerLoopsFormat.Table)
        {
            var table = new Table().AddColumns("transactions", "parties", "start", "end", "amount", "currency");
            foreach (var trip in trips.Select(t => RoundTripRecord.From(graph, t)))
            {
                count++;
                table.AddRow(Printer.Text(string.Join(" → ", trip.Transactions)), Printer.Text(string.Join(" → ", trip.Parties)),
                    LedgerText.Timestamp(trip.Start), LedgerText.Timestamp(trip.End), LedgerText.Amount(trip.Amount), Printer.Text(trip.Currency));
            }

            task?.StopTask();
            console.Write(table);
            return count;
        }

        var format = settings.Format == LedgerLoopsFormat.Csv ? RoundTripFormat.Csv : RoundTripFormat.Jsonl;
        using (var writer = settings.Out is null
            ? new RoundTripWriter(new TextWriterStream(console.Profile.Out.Writer), format)
            : RoundTripWriter.ToFile(settings.Out, format))
        {
            foreach (var trip in trips)
            {
                writer.Write(RoundTripRecord.From(graph, trip));
                count++;
            }
        }

        if (task is not null)
        {
            task.Value = task.MaxValue;
            task.Description = $"searched: {count:N0} round trips";
            task.StopTask();
        }

        return count;
    }
}
