using Dealgraph.Cli;
using Dealgraph.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace Dealgraph.Web.Tests;

/// <summary>Runs the real <c>dealgraph</c> command in memory and returns what it printed.</summary>
internal static class CliJson
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var console = new TestConsole().Width(250);
        var errors = new StringWriter();
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        registrar.RegisterInstance(typeof(ErrorOutput), new ErrorOutput(errors));
        var tester = new CommandAppTester(registrar, new CommandAppTesterSettings { TrimConsoleOutput = false }, console);
        tester.Configure(DealgraphApp.Configure);
        var result = tester.Run(args);
        return (result.ExitCode, result.Output, errors.ToString());
    }
}
