using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Dealgraph.Cli;

/// <summary>
/// The native (ahead-of-time compiled) <c>dealgraph</c> of a <c>publish.sh</c> install: it runs
/// <see cref="LedgerApp"/>'s verbs itself and hands every other verb to the full CLI installed
/// next to it (<c>full/dealgraph</c>), which needs the web server, the stores and reflection-based
/// JSON that the native build leaves out.
/// </summary>
internal static class NativeFront
{
    private const string Switch = "Dealgraph.Cli.NativeFront";

    /// <summary>
    /// True only in the native build, where the publish sets the switch and the compiler treats
    /// it as a constant, dropping the full app from the binary.
    /// </summary>
    [FeatureSwitchDefinition(Switch)]
    public static bool IsEnabled => AppContext.TryGetSwitch(Switch, out var on) && on;

    /// <summary>Runs the full CLI with <paramref name="args"/> on this console and returns its exit code.</summary>
    public static int RunFullCli(string[] args)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "full", "dealgraph");
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"error: this native dealgraph runs `ledger loops` and `ledger generate`; other verbs need the full CLI at {path} (install with publish.sh)");
            return DealgraphApp.Failure;
        }

        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Ctrl+C reaches both processes; this one waits for the full CLI's own exit code.
        Console.CancelKeyPress += (_, e) => e.Cancel = true;
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
