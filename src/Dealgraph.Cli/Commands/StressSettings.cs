using System.ComponentModel;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Commands;

/// <summary>Settings of <c>dealgraph stress</c>.</summary>
public sealed class StressSettings : QuerySettings
{
    /// <summary>Liabilities CSV (debtor,creditor,amount).</summary>
    [CommandOption("--liabilities <FILE>")]
    [Description("CSV with header debtor,creditor,amount (instead of the database; needs --assets)")]
    public string? Liabilities { get; init; }

    /// <summary>Assets CSV (party,assets).</summary>
    [CommandOption("--assets <FILE>")]
    [Description("CSV with header party,assets (with --liabilities)")]
    public string? Assets { get; init; }

    /// <summary>Parties that fail.</summary>
    [CommandOption("--fails <PARTY>")]
    [Description("A party that fails and pays only --recovery of what it owes (repeatable)")]
    public string[] Fails { get; init; } = [];

    /// <summary>Share a failed party still pays.</summary>
    [CommandOption("--recovery <RATE>")]
    [Description("Share of what it owes a failed party still pays, 0 to 1 (with --fails). Default: 0")]
    public string? Recovery { get; init; }

    /// <summary>Falls in external assets, as PARTY=AMOUNT.</summary>
    [CommandOption("--shock <PARTY=AMOUNT>")]
    [Description("The party's external assets fall by AMOUNT, e.g. oracle=50e9 (repeatable)")]
    public string[] Shocks { get; init; } = [];

    /// <summary>Rogers–Veraart alpha.</summary>
    [CommandOption("--alpha <SHARE>")]
    [Description("Rogers–Veraart default cost: share of external assets a defaulting party realises. Default: 1 (Eisenberg–Noe)")]
    public string? Alpha { get; init; }

    /// <summary>Rogers–Veraart beta.</summary>
    [CommandOption("--beta <SHARE>")]
    [Description("Rogers–Veraart default cost: share of receipts a defaulting party realises. Default: 1 (Eisenberg–Noe)")]
    public string? Beta { get; init; }

    /// <summary>Assumption for parties without a cash fact.</summary>
    [CommandOption("--unknown-cash <ASSUMPTION>")]
    [Description("External assets of a party without a cash fact (or missing from --assets): zero (pays only from receipts) or owed (can pay all it owes). Default: zero")]
    public string UnknownCash { get; init; } = "zero";

    /// <summary>Reporting currency.</summary>
    [CommandOption("--currency <CODE>")]
    [Description("Currency of the figures (needs fx rates to convert deals). Default: the deals' currency, else USD")]
    public string? Currency { get; init; }
}
