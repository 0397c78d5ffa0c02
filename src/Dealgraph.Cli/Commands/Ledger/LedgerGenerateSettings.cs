using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Dealgraph.Core.Ledger;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph ledger generate</c>.</summary>
public sealed class LedgerGenerateSettings : CheckedSettings
{
    /// <summary>Number of parties.</summary>
    [CommandOption("--parties <N>")]
    [Description("Number of parties. Default: 10000")]
    [DefaultValue(10_000)]
    public int Parties { get; init; } = 10_000;

    /// <summary>Number of rows.</summary>
    [CommandOption("--transactions <M>")]
    [Description("Number of transactions, planted ones included. Default: 100000")]
    [DefaultValue(100_000)]
    public int Transactions { get; init; } = 100_000;

    /// <summary>Planted round trips.</summary>
    [CommandOption("--planted <P>")]
    [Description("Round trips of 2–6 hops to plant. Default: 100")]
    [DefaultValue(100)]
    public int Planted { get; init; } = 100;

    /// <summary>Random seed.</summary>
    [CommandOption("--seed <S>")]
    [Description("Random seed. Default: 1")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>Zipf exponent of party activity.</summary>
    [CommandOption("--skew <ALPHA>")]
    [Description("Zipf exponent of party activity, 0 = uniform. Default: 0.65")]
    [DefaultValue(0.65)]
    public double Skew { get; init; } = 0.65;

    /// <summary>Ledger output.</summary>
    [CommandOption("--out <FILE>")]
    [Description("Ledger CSV to write")]
    public string Out { get; init; } = "";

    /// <summary>Ground-truth output.</summary>
    [CommandOption("--truth <FILE>")]
    [Description("Planted round trips (JSON Lines). Default: OUT.truth.jsonl")]
    public string? Truth { get; init; }

    /// <summary>The generator options.</summary>
    public SyntheticLedgerOptions Options => new(Parties, Transactions, Planted, Seed) { Skew = Skew };

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? Spectre.Console.ValidationResult.Error("--out is required") : base.Validate();
}
