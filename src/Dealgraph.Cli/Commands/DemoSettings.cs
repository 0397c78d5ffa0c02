using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph demo</c>.</summary>
public sealed class DemoSettings : StoreSettings
{
    /// <summary>The dataset to import; defaults to the bundled example.</summary>
    [CommandOption("--dataset <PATH>")]
    [Description("Dataset to import. Default: the bundled examples/ai-megadeals")]
    public string? Dataset { get; init; }

    /// <summary>The deal whose story is told; defaults to the deal with the most claims.</summary>
    [CommandOption("--deal <ID>")]
    [Description("Deal whose timeline is shown. Default: the deal with the most claims (the seed case in the example)")]
    public string? Deal { get; init; }
}
