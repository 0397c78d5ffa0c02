using System.Diagnostics;
using System.Globalization;
using Dealgraph.Bench.Analyses;
using Dealgraph.Core.Analyses;

// Modes (bench/run-analyses.sh drives them):
//   clearing-generate FILE N M SEED   write the random network shared with clearing_numpy.py
//   clearing FILE RUNS                clear it RUNS times; print one JSON line with the median time
//   cycles-generate FILE DEALS SEED   write a synthetic deal list (payer,payee,amount CSV) shared with cycles_networkx.py
//   cycles FILE RUNS                  build deals, resolve, money graph, list every loop; print one JSON line
var inv = CultureInfo.InvariantCulture;
switch (args.ElementAtOrDefault(0))
{
    case "clearing-generate":
        NetworkFile.Generate(int.Parse(args[2], inv), int.Parse(args[3], inv), int.Parse(args[4], inv)).Write(args[1]);
        break;
    case "clearing":
        ClearingBench.Run(args[1], int.Parse(args[2], inv));
        break;
    case "cycles-generate":
        CyclesBench.Generate(args[1], int.Parse(args[2], inv), int.Parse(args[3], inv));
        break;
    case "cycles":
        CyclesBench.Run(args[1], int.Parse(args[2], inv));
        break;
    default:
        Console.Error.WriteLine("usage: clearing-generate FILE N M SEED | clearing FILE RUNS | cycles-generate FILE DEALS SEED | cycles FILE RUNS");
        return 2;
}
return 0;

internal static class Timing
{
    public static double Median(IEnumerable<double> xs)
    {
        var s = xs.Order().ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[s.Length / 2 - 1] + s[s.Length / 2]) / 2;
    }

    public static double Seconds(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalSeconds;
    }
}

internal static class ClearingBench
{
    public static void Run(string path, int runs)
    {
        var file = NetworkFile.Read(path);
        var network = new ClearingNetwork(
            [.. Enumerable.Range(0, file.N).Select(i => i.ToString(CultureInfo.InvariantCulture))],
            file.Debtor, file.Creditor, [.. file.AmountCents.Select(c => c / 100m)], [.. file.AssetsCents.Select(c => c / 100m)]);
        var scenario = new ClearingScenario { Fails = file.Failed.ToDictionary(i => i, _ => 0m) };
        ClearingResult? result = null;
        var times = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            times.Add(Timing.Seconds(() => result = ClearingVector.Solve(network, scenario, verify: false)));
        }
        ClearingResult verified = null!;
        var verifySeconds = Timing.Seconds(() => verified = ClearingVector.Solve(network, scenario, verify: true)) - Timing.Median(times);
        var defaulted = result!.Parties.Count(p => p.Defaulted);
        Console.WriteLine(FormattableString.Invariant(
            $"{{\"impl\":\"dotnet\",\"seconds\":{Timing.Median(times):F4},\"runs\":{runs},\"parties\":{file.N},\"liabilities\":{file.Debtor.Length},\"defaulted\":{defaulted},\"rounds\":{result.Rounds},\"sweeps\":{result.Sweeps},\"totalShortfall\":{result.TotalShortfall},\"residual\":{verified.Residual},\"verifySeconds\":{verifySeconds:F3},\"threads\":{Environment.ProcessorCount}}}"));
        File.WriteAllLines(path + ".dotnet-paid.txt", result.Parties.Select(p => p.Paid.ToString(CultureInfo.InvariantCulture)));
    }
}
