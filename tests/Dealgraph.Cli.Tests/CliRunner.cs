using System.Security.Cryptography;
using System.Text.Json;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Dealgraph.Cli.Tests;

/// <summary>Runs the real <c>dealgraph</c> command tree in memory (Spectre's CommandAppTester) against a temp database.</summary>
internal sealed class CliRunner : IDisposable
{
    private readonly Dealgraph.Tests.TempDirectory _temp = new();

    public string Db => _temp.File("dealgraph.db");

    public string TempFile(string name) => _temp.File(name);

    public CliResult Run(params string[] args) => Run(DealgraphApp.Configure, args);

    /// <summary>Runs <paramref name="args"/> on the app <paramref name="configure"/> sets up (the full one, or LedgerApp's).</summary>
    public CliResult Run(Action<Spectre.Console.Cli.IConfigurator> configure, params string[] args)
    {
        var console = new TestConsole().Width(250);
        var errors = new StringWriter();
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(ErrorOutput), new ErrorOutput(errors));
        var tester = new CommandAppTester(registrar, new CommandAppTesterSettings { TrimConsoleOutput = false }, console);
        tester.Configure(configure);
        var result = tester.Run(args);
        return new CliResult(result.ExitCode, result.Output, errors.ToString());
    }

    /// <summary>Runs with <c>--db</c> pointing at this runner's database.</summary>
    public CliResult RunOnDb(params string[] args) => Run([.. args, "--db", Db]);

    public JsonElement Json(params string[] args)
    {
        var result = RunOnDb([.. args, "--format", "json"]);
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Errors}{result.Output}");
        return JsonDocument.Parse(result.Output).RootElement;
    }

    /// <summary>A fingerprint of the database file's bytes (after the connection closed and WAL was checkpointed).</summary>
    public string DbHash() => File.Exists(Db) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Db))) : "missing";

    public void Dispose() => _temp.Dispose();
}

/// <summary>What a run printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Errors);
