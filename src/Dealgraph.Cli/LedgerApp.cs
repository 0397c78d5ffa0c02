using Dealgraph.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli;

/// <summary>
/// The ledger verbs that run on their own: <c>dealgraph ledger loops</c> and <c>ledger generate</c>.
/// Why a separate app: building Spectre's model of every verb costs start-up time that matters
/// on a ledger searched in a fraction of a second, and the native build (docs/ledger.md)
/// compiles only what these verbs reach, so it never links the web server or the stores.
/// </summary>
public static class LedgerApp
{
    /// <summary>True when <paramref name="args"/> name one of this app's verbs.</summary>
    public static bool Handles(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Count >= 2 && args[0] == "ledger" && args[1] is "loops" or "generate";
    }

    /// <summary>Builds the app writing answers to <paramref name="console"/> and errors to <paramref name="errors"/>.</summary>
    public static CommandApp Create(IAnsiConsole console, TextWriter errors) => DealgraphApp.Create(console, errors, Configure);

    /// <summary>Registers the ledger branch with this app's verbs; tests call this on a <c>CommandAppTester</c>.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        DealgraphApp.ConfigureApp(config);
        config.AddBranch("ledger", AddSearchVerbs);
    }

    /// <summary>Adds <c>loops</c> and <c>generate</c> to the <c>ledger</c> branch (the full app adds <c>stats</c>).</summary>
    internal static void AddSearchVerbs(IConfigurator<CommandSettings> ledger)
    {
        ledger.SetDescription("Transaction ledgers at scale: round trips (cycles) in millions of payments");
        ledger.AddCommand<LedgerLoopsCommand>("loops")
            .WithDescription("Find round trips: money leaving a party and returning within a window, amounts within a tolerance")
            .WithExample("ledger", "loops", "ledger.csv", "--max-hops", "4", "--window", "30d", "--tolerance", "0.1");
        ledger.AddCommand<LedgerGenerateCommand>("generate")
            .WithDescription("Write a synthetic ledger with planted round trips and a ground-truth file")
            .WithExample("ledger", "generate", "--parties", "10000", "--transactions", "100000", "--planted", "100", "--seed", "1", "--out", "ledger.csv");
    }
}
