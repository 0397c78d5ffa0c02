using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph import</c>.</summary>
public sealed class ImportSettings : StoreSettings
{
    /// <summary>Dataset folders or YAML files.</summary>
    [CommandArgument(0, "<PATH>")]
    [Description("Dataset folders or YAML files (see docs/dataset-format.md)")]
    public string[] Paths { get; init; } = [];

    /// <summary>Output format of the summary.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table or json. Default: table")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}
