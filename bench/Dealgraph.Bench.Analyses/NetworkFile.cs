namespace Dealgraph.Bench.Analyses;

/// <summary>
/// The random clearing network shared with bench/clearing_numpy.py, as raw little-endian arrays:
/// int32 n, int32 m, int32 debtor[m], int32 creditor[m], int64 amountCents[m], int64 assetsCents[n],
/// int32 f, int32 failed[f]. Cents keep the figures exact in both readers.
/// </summary>
internal sealed record NetworkFile(int N, int[] Debtor, int[] Creditor, long[] AmountCents, long[] AssetsCents, int[] Failed)
{
    public static NetworkFile Generate(int n, int m, int seed)
    {
        var random = new Random(seed);
        var debtor = new int[m];
        var creditor = new int[m];
        var amount = new long[m];
        var owed = new long[n];
        var due = new long[n];
        for (var k = 0; k < m; k++)
        {
            int d, c;
            do
            {
                d = random.Next(n);
                c = random.Next(n);
            }
            while (d == c);
            // Log-normal sizes around 1M currency units, in cents.
            var units = Math.Exp(Math.Log(1e6) + NextGaussian(random));
            amount[k] = (long)Math.Round(units * 100);
            debtor[k] = d;
            creditor[k] = c;
            owed[d] += amount[k];
            due[c] += amount[k];
        }
        // Each party can just pay if it is paid (net position), plus a buffer of 0–10% of what it owes.
        var assets = new long[n];
        for (var i = 0; i < n; i++)
        {
            assets[i] = Math.Max(0, owed[i] - due[i]) + (long)(owed[i] * 0.1 * random.NextDouble());
        }
        var failed = Enumerable.Range(0, n / 100).Select(_ => random.Next(n)).Distinct().Order().ToArray();
        return new NetworkFile(n, debtor, creditor, amount, assets, failed);
    }

    public void Write(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(N);
        writer.Write(Debtor.Length);
        foreach (var x in Debtor)
        {
            writer.Write(x);
        }
        foreach (var x in Creditor)
        {
            writer.Write(x);
        }
        foreach (var x in AmountCents)
        {
            writer.Write(x);
        }
        foreach (var x in AssetsCents)
        {
            writer.Write(x);
        }
        writer.Write(Failed.Length);
        foreach (var x in Failed)
        {
            writer.Write(x);
        }
    }

    public static NetworkFile Read(string path)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        var n = reader.ReadInt32();
        var m = reader.ReadInt32();
        var debtor = new int[m];
        var creditor = new int[m];
        var amount = new long[m];
        var assets = new long[n];
        for (var k = 0; k < m; k++)
        {
            debtor[k] = reader.ReadInt32();
        }
        for (var k = 0; k < m; k++)
        {
            creditor[k] = reader.ReadInt32();
        }
        for (var k = 0; k < m; k++)
        {
            amount[k] = reader.ReadInt64();
        }
        for (var i = 0; i < n; i++)
        {
            assets[i] = reader.ReadInt64();
        }
        var failed = new int[reader.ReadInt32()];
        for (var i = 0; i < failed.Length; i++)
        {
            failed[i] = reader.ReadInt32();
        }
        return new NetworkFile(n, debtor, creditor, amount, assets, failed);
    }

    private static double NextGaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
