using Dealgraph.Cli;
using Spectre.Console;

return DealgraphApp.Create(AnsiConsole.Console, Console.Error).Run(args);
