using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph show</c>.</summary>
public sealed class ShowSettings : QuerySettings
{
    /// <summary>The deal id.</summary>
    [CommandArgument(0, "<DEAL>")]
    [Description("Deal id, e.g. nvidia-openai-loi-2025")]
    public string Deal { get; init; } = "";
}
