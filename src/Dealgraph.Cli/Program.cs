using Dealgraph.Cli;
using Spectre.Console;

return DealgraphApp.Create(AnsiConsole.Console).Run(args);
