using System.ComponentModel;
using Dealgraph.Core.Ledger;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph ledger loops</c>.</summary>
public sealed class LedgerLoopsSettings : LedgerFileSettings
{
    /// <summary>Most transactions in a round trip.</summary>
    [CommandOption("--max-hops <K>")]
    [Description("Most transactions in a round trip (2–12). Default: 4")]
    [DefaultValue(4)]
    public int MaxHops { get; init; } = 4;

    /// <summary>The window as typed.</summary>
    [CommandOption("--window <DURATION>")]
    [Description("Longest time from first to last transaction: 30d, 12h, 90m, 2w or P30D. Default: 30d")]
    [DefaultValue("30d")]
    public string Window { get; init; } = "30d";

    /// <summary>Relative amount tolerance.</summary>
    [CommandOption("--tolerance <RATIO>")]
    [Description("Each amount within RATIO × the first amount of the first amount. Default: 0.1")]
    [DefaultValue("0.1")]
    public decimal Tolerance { get; init; } = 0.1m;

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("jsonl, csv or table. Default: jsonl")]
    [DefaultValue(LedgerLoopsFormat.Jsonl)]
    public LedgerLoopsFormat Format { get; init; } = LedgerLoopsFormat.Jsonl;

    /// <summary>Output file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Write round trips here instead of standard output")]
    public string? Out { get; init; }

    /// <summary>Stop after this many.</summary>
    [CommandOption("--limit <N>")]
    [Description("Stop after N round trips")]
    public long? Limit { get; init; }

    /// <summary>Worker threads.</summary>
    [CommandOption("--threads <N>")]
    [Description("Search threads. Default: one per core")]
    public int Threads { get; init; }

    /// <summary>Print phase timings and memory to standard error.</summary>
    [CommandOption("--timings")]
    [Description("Print phase timings, throughput and peak memory to standard error (for benchmarks)")]
    public bool Timings { get; init; }

    /// <summary>The validated query.</summary>
    public RoundTripQuery Query => new(MaxHops, WindowParser.Parse(Window), Tolerance, Threads);
}
