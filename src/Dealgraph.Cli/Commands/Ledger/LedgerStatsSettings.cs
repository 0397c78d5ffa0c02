using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph ledger stats</c>.</summary>
public sealed class LedgerStatsSettings : LedgerFileSettings
{
    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table, json or csv. Default: table")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    /// <summary>How many top payers.</summary>
    [CommandOption("--top <N>")]
    [Description("Top payers to list. Default: 10")]
    [DefaultValue(10)]
    public int Top { get; init; } = 10;
}
