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
        // Peer-for-peer: the double engine from float64 arrays, as NumPy gets them (p̄ and r computed inside the timing).
        var amount = file.AmountCents.Select(c => c / 100.0).ToArray();
        var assets = file.AssetsCents.Select(c => c / 100.0).ToArray();
        var times = new List<double>();
        var cpu = new List<double>();
        // Buffers reused from run to run, as NumPy's allocator reuses freed memory (fresh pages fault; see RESULTS.md).
        var round = new int[file.N];
        var p = new double[file.N];
        var cap = new double[file.N];
        // p̄ for the report (the shortfall), taken once outside the timing: the engine computes its own inside.
        var owed = new double[file.N];
        using (var first = new FictitiousDefault(file.N, file.Debtor, file.Creditor, amount))
        {
            first.Owed.CopyTo(owed);
        }
        var (rounds, sweeps) = (0, 0);
        for (var r = 0; r < runs; r++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            times.Add(Timing.Seconds(() =>
            {
                using var engine = new FictitiousDefault(file.N, file.Debtor, file.Creditor, amount);
                engine.Owed.CopyTo(cap);
                Array.Fill(round, -1);
                foreach (var f in file.Failed)
                {
                    cap[f] = 0;
                    round[f] = 0;
                }
                var tolerance = engine.ToleranceScale(assets) * ClearingVector.RelativeTolerance;
                engine.Run(assets, cap, round, 1, 1, tolerance, 100_000, p);
                (rounds, sweeps) = (engine.Rounds, engine.Sweeps);
            }));
            cpu.Add((Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds);
        }
        // The whole decimal API: decimal in, decimal out, fixed point verified in decimal.
        var network = new ClearingNetwork(
            [.. Enumerable.Range(0, file.N).Select(i => i.ToString(CultureInfo.InvariantCulture))],
            file.Debtor, file.Creditor, [.. file.AmountCents.Select(c => c / 100m)], [.. file.AssetsCents.Select(c => c / 100m)]);
        var scenario = new ClearingScenario { Fails = file.Failed.ToDictionary(i => i, _ => 0m) };
        ClearingResult result = null!;
        var decimalSeconds = Timing.Median(Enumerable.Range(0, runs).Select(_ => Timing.Seconds(() => result = ClearingVector.Solve(network, scenario, verify: true))));
        var shortfall = owed.Zip(p, (o, x) => o - x).Sum();
        Console.WriteLine(FormattableString.Invariant(
            $"{{\"impl\":\"dotnet\",\"seconds\":{Timing.Median(times):F4},\"fastest\":{times.Min():F4},\"cpuSeconds\":{Timing.Median(cpu):F4},\"runs\":{runs},\"parties\":{file.N},\"liabilities\":{file.Debtor.Length},\"defaulted\":{round.Count(x => x >= 0)},\"rounds\":{rounds},\"sweeps\":{sweeps},\"totalShortfall\":{shortfall:F2},\"decimalApiSeconds\":{decimalSeconds:F4},\"decimalTotalShortfall\":{result.TotalShortfall},\"residual\":{result.Residual},\"threads\":{Environment.ProcessorCount}}}"));
        File.WriteAllLines(path + ".dotnet-paid.txt", p.Select(x => x.ToString("F2", CultureInfo.InvariantCulture)));
    }
}
