using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph report</c>.</summary>
public sealed class ReportSettings : StoreSettings
{
    /// <summary>Output folder.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder to write index.html and _posts/*.md into (created if missing)")]
    public string? Out { get; init; }

    /// <summary>Report language.</summary>
    [CommandOption("--lang <LANG>")]
    [Description("en or zh-Hant (labels only; the data's own text stays as written). Default: en")]
    public string? Lang { get; init; }

    /// <summary>The as-of date as typed.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("Report the record as it stood on this date (YYYY-MM-DD). Default: today")]
    public string? AsOfText { get; init; }
}
