using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    /// <summary>Addresses to listen on.</summary>
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, separated by ';'. Default: http://127.0.0.1:5080 (loopback only)")]
    public string? Urls { get; init; }

    /// <summary>Token of the write endpoints.</summary>
    [CommandOption("--token <TOKEN>")]
    [Description("Enable POST /api/import and /api/claims, which then need 'Authorization: Bearer TOKEN'. Default: $DEALGRAPH_TOKEN; without one they do not exist")]
    public string? Token { get; init; }

    /// <summary>A folder of files to serve too.</summary>
    [CommandOption("--files <DIR>")]
    [Description("Also serve the files of this folder under /files/ (e.g. a report made by 'dealgraph report')")]
    public string? Files { get; init; }
}
