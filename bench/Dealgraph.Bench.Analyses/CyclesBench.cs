using System.Globalization;
using Dealgraph.Core.Analyses;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Bench.Analyses;

/// <summary>
/// Loop listing on a synthetic dataset: parties in clusters of ten with deals inside each
/// cluster (where loops form) and deals from lower to higher clusters (which close no loop),
/// like a web of vendor–customer groups. Shared with bench/cycles_networkx.py as CSV.
/// </summary>
internal static class CyclesBench
{
    private const int ClusterSize = 10;

    public static void Generate(string path, int deals, int seed)
    {
        var random = new Random(seed);
        var parties = deals / 2;
        var clusters = parties / ClusterSize;
        using var writer = new StreamWriter(path);
        writer.WriteLine("id,payer,payee,amount");
        for (var k = 0; k < deals; k++)
        {
            int payer, payee;
            if (k % 5 < 3)
            {
                var cluster = random.Next(clusters) * ClusterSize;
                do
                {
                    payer = cluster + random.Next(ClusterSize);
                    payee = cluster + random.Next(ClusterSize);
                }
                while (payer == payee);
            }
            else
            {
                var a = random.Next(clusters - 1);
                var b = a + 1 + random.Next(clusters - 1 - a);
                payer = a * ClusterSize + random.Next(ClusterSize);
                payee = b * ClusterSize + random.Next(ClusterSize);
            }
            writer.WriteLine(FormattableString.Invariant($"d{k},p{payer},p{payee},{random.Next(1, 1000) * 1_000_000L}"));
        }
    }

    public static void Run(string path, int runs)
    {
        var deals = File.ReadLines(path).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            var claim = new Claim
            {
                Id = f[0] + "#1",
                SourceId = "synthetic",
                Reported = new DateOnly(2025, 1, 1),
                Effective = new DateOnly(2025, 1, 1),
                Status = DealStatus.Signed,
                Headline = Amount.Exact(decimal.Parse(f[3], CultureInfo.InvariantCulture), Currency.Usd),
            };
            return new Deal(f[0], f[0], DealKind.PurchaseCommitment, f[1], f[2], [], null, [claim]);
        }).ToList();
        var converter = new CurrencyConverter([], new DateOnly(2025, 6, 30));
        var totals = new List<double>();
        var finds = new List<double>();
        var count = 0;
        for (var r = 0; r < runs; r++)
        {
            MoneyGraph graph = null!;
            totals.Add(Timing.Seconds(() =>
            {
                var states = ClaimResolver.ResolveAll(deals, new DateOnly(2025, 6, 30));
                graph = MoneyGraph.Build(states, AmountBasis.Headline, Currency.Usd, converter);
                finds.Add(Timing.Seconds(() => count = LoopFinder.Find(graph).Count));
            }));
        }
        Console.WriteLine(FormattableString.Invariant(
            $"{{\"impl\":\"dotnet\",\"seconds\":{Timing.Median(finds):F4},\"pipelineSeconds\":{Timing.Median(totals):F4},\"runs\":{runs},\"deals\":{deals.Count},\"loops\":{count}}}"));
    }
}
