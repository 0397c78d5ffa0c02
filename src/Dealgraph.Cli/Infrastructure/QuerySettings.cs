using System.ComponentModel;
using Dealgraph.Core;
using Dealgraph.Core.Queries;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>Settings of every read command: the as-of date and the output format.</summary>
public class QuerySettings : StoreSettings
{
    /// <summary>The as-of date as typed.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Answer as the public record stood on this date (YYYY-MM-DD). Default: today")]
    public string? AsOfText { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table, json or csv. Default: table")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    /// <summary>The as-of date; today (UTC) when not given.</summary>
    /// <exception cref="InputException">The date is not an ISO date.</exception>
    public DateOnly AsOf => LedgerQueries.ParseAsOf(AsOfText, QueryFields.Cli.AsOf);
}
