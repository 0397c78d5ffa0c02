using System.Diagnostics;
using Dealgraph.Core.Ledger;
using Dealgraph.Ingest.Ledger;
using Spectre.Console;

namespace Dealgraph.Cli.Commands;

/// <summary>A ledger file read into a graph, with how long each step took.</summary>
/// <param name="Graph">The graph.</param>
/// <param name="Read">What the reader reported.</param>
/// <param name="ReadTime">Time to parse the file.</param>
/// <param name="BuildTime">Time to build the graph.</param>
/// <param name="PeakBytesAfterRead">Peak resident memory once the file was read (before the graph build).</param>
/// <param name="ReadCpu">CPU time (all threads) spent parsing: less distorted than wall time on a busy machine.</param>
/// <param name="BuildCpu">CPU time (all threads) spent building the graph.</param>
internal sealed record LedgerLoad(TransactionGraph Graph, LedgerReadResult Read, TimeSpan ReadTime, TimeSpan BuildTime, long PeakBytesAfterRead, TimeSpan ReadCpu, TimeSpan BuildCpu)
{
    /// <summary>Reads and builds, with a progress bar (rows/s) when <paramref name="progress"/> is given.</summary>
    public static LedgerLoad From(LedgerFileSettings settings, ProgressContext? progress)
    {
        var task = progress?.AddTask("reading", maxValue: 1);
        var clock = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var options = new LedgerReadOptions
        {
            SkipBad = settings.SkipBad,
            RejectsPath = settings.SkipBad ? settings.RejectsPath : null,
            Progress = task is null ? null : (rows, bytes) =>
            {
                var length = Math.Max(1, new FileInfo(settings.File).Length);
                task.Value = (double)bytes / length;
                task.Description = $"reading {rows:N0} rows ({rows / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0} rows/s)";
            },
        };
        var read = LedgerCsvReader.Read(settings.File, options);
        var readTime = clock.Elapsed;
        var process = Process.GetCurrentProcess();
        var peakAfterRead = process.PeakWorkingSet64;
        var cpu1 = process.TotalProcessorTime;
        task?.StopTask();
        clock.Restart();
        var graph = TransactionGraph.Build(read.Columns);
        process.Refresh();
        return new LedgerLoad(graph, read, readTime, clock.Elapsed, peakAfterRead, cpu1 - cpu0, process.TotalProcessorTime - cpu1);
    }

    /// <summary>Runs <paramref name="work"/> inside a progress display when the console is interactive.</summary>
    public static T WithProgress<T>(IAnsiConsole console, bool show, Func<ProgressContext?, T> work)
    {
        if (!show || !console.Profile.Capabilities.Interactive)
        {
            return work(null);
        }

        T result = default!;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => result = work(context));
        return result;
    }
}
