namespace Dealgraph.Core.Tests.Analyses;

/// <summary>
/// A random liability network shaped like the clearing benchmark's: log-normal amounts, each
/// party's assets its net position plus a small buffer (so failures cascade), some parties failed.
/// </summary>
internal sealed record RandomNetwork(int Parties, int[] Debtor, int[] Creditor, double[] Amount, double[] Assets, int[] Failed)
{
    public static RandomNetwork Create(int parties, int liabilities, int failures, int seed)
    {
        var random = new Random(seed);
        var (debtor, creditor, amount) = (new int[liabilities], new int[liabilities], new double[liabilities]);
        var net = new double[parties];
        for (var k = 0; k < liabilities; k++)
        {
            debtor[k] = random.Next(parties);
            do
            {
                creditor[k] = random.Next(parties);
            }
            while (creditor[k] == debtor[k]);
            // Log-normal around 1,000 units, in cents.
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            amount[k] = Math.Round(1000 * Math.Exp(normal), 2);
            net[debtor[k]] += amount[k];
            net[creditor[k]] -= amount[k];
        }
        var assets = net.Select(x => Math.Max(0, x) * (1 + random.NextDouble() * 0.1)).ToArray();
        var failed = Enumerable.Range(0, parties).OrderBy(_ => random.Next()).Take(failures).Order().ToArray();
        return new RandomNetwork(parties, debtor, creditor, amount, assets, failed);
    }
}
