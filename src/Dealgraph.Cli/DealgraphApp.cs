using System.Diagnostics.CodeAnalysis;
using Dealgraph.Cli.Commands;
using Dealgraph.Cli.Infrastructure;
using Dealgraph.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dealgraph.Cli;

/// <summary>The <c>dealgraph</c> command line: its verbs and how failures become exit codes.</summary>
public static class DealgraphApp
{
    /// <summary>Exit code for bad input (files, values, ids): the user can fix it.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for any other failure.</summary>
    public const int Failure = 1;

    /// <summary>Builds the app writing answers to <paramref name="console"/> and errors to <paramref name="errors"/>.</summary>
    public static CommandApp Create(IAnsiConsole console, TextWriter errors) => Create(console, errors, Configure);

    /// <summary>Builds an app with the verbs <paramref name="configure"/> registers (all of them, or <see cref="LedgerApp"/>'s).</summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification =
        "Spectre.Console.Cli builds its command model by reflection. The native build (docs/ledger.md) only reaches "
        + "LedgerApp's verbs, whose command and settings types NativeLedger.xml keeps whole; the bench runs them there.")]
    internal static CommandApp Create(IAnsiConsole console, TextWriter errors, Action<IConfigurator> configure)
    {
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(ErrorOutput), new ErrorOutput(errors));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.Settings.Console = console;
            configure(config);
        });
        return app;
    }

    /// <summary>Registers every verb; tests call this on a <c>CommandAppTester</c>.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        ConfigureApp(config);
        config.AddCommand<DemoCommand>("demo")
            .WithDescription("Import the bundled example and show the seed case: headline vs binding over time")
            .WithExample("demo");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("Import dataset folders or YAML files (one transaction; re-importing unchanged data changes nothing)")
            .WithExample("import", "examples/ai-megadeals");
        config.AddCommand<ExportCommand>("export")
            .WithDescription("Write the whole ledger as a dataset folder that re-imports to the same state (refuses a folder holding .yaml/.yml files it would not write)")
            .WithExample("export", "--out", "backup/");
        config.AddCommand<ExtractCommand>("extract")
            .WithDescription("Find candidate claims (amounts, parties, direction, status) in an article, post or feed, English or Chinese")
            .WithExample("extract", "post.md", "--format", "json")
            .WithExample("extract", "https://example.com/feed.xml", "--format", "yaml");
        config.AddCommand<DealsCommand>("deals")
            .WithDescription("List deals with status, headline, binding and paid, as of a date")
            .WithExample("deals", "--as-of", "2026-01-30")
            .WithExample("deals", "--party", "nvidia", "--format", "json");
        config.AddCommand<ShowCommand>("show")
            .WithDescription("Show one deal and its claims over time, each with its source")
            .WithExample("show", "nvidia-openai-loi-2025", "--as-of", "2026-02-01");
        config.AddCommand<RealityCommand>("reality")
            .WithDescription("Headline vs binding vs paid, per deal and in total")
            .WithExample("reality", "--as-of", "2026-03-31");
        config.AddCommand<PartiesCommand>("parties")
            .WithDescription("List parties and how many deals each is in, as of a date")
            .WithExample("parties", "--format", "json");
        config.AddCommand<SourcesCommand>("sources")
            .WithDescription("List the sources cited by claims reported by a date")
            .WithExample("sources", "--as-of", "2026-01-31");
        config.AddCommand<RunwayCommand>("runway")
            .WithDescription("Cash, burn, runway and outstanding commitments per party")
            .WithExample("runway", "--party", "openai");
        config.AddCommand<LoopsCommand>("loops")
            .WithDescription("Money loops (simple cycles of payer → payee) with round-trip amounts; --party adds its self-funding")
            .WithExample("loops", "--as-of", "2026-03-31")
            .WithExample("loops", "--party", "nvidia", "--basis", "binding");
        config.AddCommand<StressCommand>("stress")
            .WithDescription("Eisenberg–Noe clearing under a failure or shock: who is short and by how much, and in which round")
            .WithExample("stress", "--fails", "openai")
            .WithExample("stress", "--liabilities", "L.csv", "--assets", "A.csv", "--shock", "bank1=50");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("Serve the JSON API, its OpenAPI document and the dashboard (loopback only unless --urls says otherwise)")
            .WithExample("serve", "--urls", "http://127.0.0.1:5080");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("Write a static HTML report with charts and one Markdown post per deal (Jekyll front matter)")
            .WithExample("report", "--out", "site", "--lang", "zh-Hant", "--as-of", "2026-03-31");
        config.AddBranch("ledger", ledger =>
        {
            LedgerApp.AddSearchVerbs(ledger);
            ledger.AddCommand<LedgerStatsCommand>("stats")
                .WithDescription("Rows, parties, currencies, time span and top payers of a ledger")
                .WithExample("ledger", "stats", "ledger.csv");
        });
    }

    /// <summary>What every app shares: name, strict parsing, failures as exit codes.</summary>
    internal static void ConfigureApp(IConfigurator config)
    {
        config.SetApplicationName("dealgraph");
        config.Settings.StrictParsing = true;
        config.SetExceptionHandler(HandleException);
    }

    private static int HandleException(Exception exception, ITypeResolver? resolver)
    {
        // Errors are plain lines (never wrapped to the terminal width), so scripts can grep file:line.
        var errors = (resolver?.Resolve(typeof(ErrorOutput)) as ErrorOutput)?.Writer
            ?? (resolver?.Resolve(typeof(IAnsiConsole)) as IAnsiConsole)?.Profile.Out.Writer
            ?? Console.Error;
        switch (exception)
        {
            case InputException e:
                Error(errors, e.Message);
                return BadInput;
            case CommandParseException or CommandRuntimeException:
                Error(errors, exception.Message);
                return BadInput;
            case NotSupportedException or UnauthorizedAccessException or IOException:
                Error(errors, exception.Message);
                return Failure;
            default:
                Error(errors, $"unexpected failure: {exception.GetType().Name}: {exception.Message}");
                return Failure;
        }
    }

    private static void Error(TextWriter errors, string message)
    {
        errors.WriteLine("error: " + message);
        errors.Flush();
    }
}
