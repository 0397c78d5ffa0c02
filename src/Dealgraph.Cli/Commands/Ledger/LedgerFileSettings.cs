using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings shared by the ledger commands that read a ledger CSV.</summary>
public class LedgerFileSettings : CheckedSettings
{
    /// <summary>The ledger CSV.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Ledger CSV with header id,payer,payee,amount,currency,timestamp")]
    public string File { get; init; } = "";

    /// <summary>Skip bad rows instead of stopping.</summary>
    [CommandOption("--skip-bad")]
    [Description("Skip bad rows (missing fields, bad numbers or dates, negative amounts, payer = payee), count them and write them to the rejects file")]
    public bool SkipBad { get; init; }

    /// <summary>Where skipped rows go.</summary>
    [CommandOption("--rejects <FILE>")]
    [Description("Rejects file for --skip-bad. Default: FILE.rejects.csv")]
    public string? Rejects { get; init; }

    /// <summary>The rejects path after defaults.</summary>
    public string RejectsPath => Rejects ?? File + ".rejects.csv";
}
