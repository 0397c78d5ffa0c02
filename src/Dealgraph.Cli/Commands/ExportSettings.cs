using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph export</c>.</summary>
public sealed class ExportSettings : StoreSettings
{
    /// <summary>Folder to write the dataset to.</summary>
    [CommandOption("--out <DIR>")]
    [Description("Folder to write the dataset to (created if needed). Files it writes are replaced; it refuses (exit 2) if the folder holds any other .yaml/.yml file, at any depth, and never deletes one")]
    public string Out { get; init; } = "";

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? Spectre.Console.ValidationResult.Error("--out <DIR> is required") : base.Validate();
}
