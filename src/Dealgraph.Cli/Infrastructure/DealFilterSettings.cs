using System.ComponentModel;
using Dealgraph.Core.Queries;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>Read settings plus the deal filters (--party, --kind, --status).</summary>
public class DealFilterSettings : QuerySettings
{
    /// <summary>Keep deals where this party pays or is paid.</summary>
    [CommandOption("--party <ID>")]
    [Description("Only deals where this party (id) pays or is paid")]
    public string? Party { get; init; }

    /// <summary>Keep deals of this kind.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("Only deals of this kind: equity-investment, purchase-commitment, compute-contract, warrant, loan, backstop, partnership")]
    public string? Kind { get; init; }

    /// <summary>Keep deals with this status as of the date.</summary>
    [CommandOption("--status <STATUS>")]
    [Description("Only deals with this status as of the date (e.g. non-binding, on-ice, superseded)")]
    public string? Status { get; init; }

    /// <summary>The filters as the shared queries take them.</summary>
    public DealFilter Filter => new(Party, Kind, Status);
}
