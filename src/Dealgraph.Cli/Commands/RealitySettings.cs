using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph reality</c>.</summary>
public sealed class RealitySettings : DealFilterSettings
{
    /// <summary>Reporting currency of totals.</summary>
    [CommandOption("--currency <CODE>")]
    [Description("Currency of the totals (ISO 4217). Other currencies are converted with the dataset's fx rates, or the command refuses. Default: the deals' currency, else USD")]
    public string? Currency { get; init; }
}
