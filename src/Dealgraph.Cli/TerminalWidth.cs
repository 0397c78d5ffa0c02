using System.Globalization;
using Spectre.Console;

namespace Dealgraph.Cli;

/// <summary>The width tables are drawn to.</summary>
internal static class TerminalWidth
{
    /// <summary>
    /// Honours <c>COLUMNS</c> when it is set: written to a file or a pipe, Spectre.Console draws tables
    /// 80 wide and wraps long deal ids over several lines, whatever the reader's screen.
    /// </summary>
    public static IAnsiConsole Apply(IAnsiConsole console)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns is >= 20 and <= 10_000)
        {
            console.Profile.Width = columns;
        }
        return console;
    }
}
