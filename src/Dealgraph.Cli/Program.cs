using Dealgraph.Cli;
using Spectre.Console;

if (LedgerApp.Handles(args))
{
    return LedgerApp.Create(TerminalWidth.Apply(AnsiConsole.Console), Console.Error).Run(args);
}

// A constant in the native build: the full app below is then not compiled into it.
if (NativeFront.IsEnabled)
{
    return NativeFront.RunFullCli(args);
}

return DealgraphApp.Create(TerminalWidth.Apply(AnsiConsole.Console), Console.Error).Run(args);
