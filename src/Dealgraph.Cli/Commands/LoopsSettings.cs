using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph loops</c>.</summary>
public sealed class LoopsSettings : QuerySettings
{
    /// <summary>Only loops through this party, plus its self-funding.</summary>
    [CommandOption("--party <ID>")]
    [Description("Only loops through this party (id), and its self-funding: max flow from it back to itself")]
    public string? Party { get; init; }

    /// <summary>Which amount of each deal to read.</summary>
    [CommandOption("--basis <BASIS>")]
    [Description("headline, binding or paid. Default: headline")]
    public string Basis { get; init; } = "headline";

    /// <summary>Keep deals that no longer stand.</summary>
    [CommandOption("--include-cancelled")]
    [Description("Keep deals that no longer stand: cancelled, denied, superseded, or only ever denied")]
    public bool IncludeCancelled { get; init; }

    /// <summary>Reporting currency.</summary>
    [CommandOption("--currency <CODE>")]
    [Description("Report amounts in this ISO 4217 currency (needs fx rates). Default: the deals' currency, else USD")]
    public string? Currency { get; init; }
}
