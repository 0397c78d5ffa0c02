namespace Dealgraph.Core.Ledger;

/// <summary>
/// Draws party indexes with probability proportional to 1 / rank^skew, ranks shuffled over the
/// parties so that activity is not tied to a party's number.
/// </summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;
    private readonly int[] _partyOfRank;
    private readonly Random _random;

    public ZipfSampler(int parties, double skew, Random random)
    {
        _random = random;
        _cumulative = new double[parties];
        var total = 0.0;
        for (var rank = 0; rank < parties; rank++)
        {
            total += 1 / Math.Pow(rank + 1, skew);
            _cumulative[rank] = total;
        }

        _partyOfRank = Enumerable.Range(0, parties).ToArray();
        random.Shuffle(_partyOfRank);
    }

    public int Next()
    {
        var x = _random.NextDouble() * _cumulative[^1];
        var rank = Array.BinarySearch(_cumulative, x);
        rank = rank < 0 ? ~rank : rank;
        return _partyOfRank[Math.Min(rank, _partyOfRank.Length - 1)];
    }
}
