using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph runway</c>.</summary>
public sealed class RunwaySettings : QuerySettings
{
    /// <summary>Only this party.</summary>
    [CommandOption("--party <ID>")]
    [Description("Only this party (id)")]
    public string? Party { get; init; }
}
