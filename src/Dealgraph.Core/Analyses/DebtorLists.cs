using System.Buffers;
using System.Runtime.Intrinsics.X86;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The liabilities of each debtor as linked lists threaded through the liability positions, one
/// list per debtor and share: building them is one pass over the debtor column (an int per
/// liability, no sorting), and afterwards the liabilities of any set of debtors are found without
/// reading the column again. A counting sort by debtor cost three times as much to build here;
/// a scan per round of the cascade cost more than all the walks together (bench/RESULTS.md).
/// </summary>
internal sealed class DebtorLists : IDisposable
{
    private readonly int _parties;
    private readonly int[] _next;
    private readonly int[][] _head;

    public DebtorLists(int parties, int liabilities, int shares)
    {
        _parties = parties;
        _next = ArrayPool<int>.Shared.Rent(Math.Max(1, liabilities));
        _head = new int[shares][];
        for (var t = 0; t < shares; t++)
        {
            _head[t] = ArrayPool<int>.Shared.Rent(Math.Max(1, parties));
        }
    }

    /// <summary>
    /// Threads share <paramref name="share"/>, the liabilities at positions <paramref name="offset"/>
    /// onwards with these debtors: each debtor's list runs from its last liability in the share back
    /// to its first. Shares may be threaded at the same time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A debtor is outside the network.</exception>
    public unsafe void Thread(int share, ReadOnlySpan<int> debtor, int offset)
    {
        var head = _head[share];
        Array.Fill(head, -1, 0, _parties);
        var next = _next.AsSpan(offset, debtor.Length);
        fixed (int* dp = debtor)
        {
            for (var k = 0; k < debtor.Length; k++)
            {
                if (Sse.IsSupported && (k & 15) == 0)
                {
                    Sse.PrefetchNonTemporal(dp + k + 1024);
                }
                var d = dp[k];
                if ((uint)d >= (uint)_parties)
                {
                    throw new ArgumentOutOfRangeException(nameof(debtor), d, "A party index is outside the network.");
                }
                next[k] = head[d];
                head[d] = offset + k;
            }
        }
    }

    /// <summary>
    /// Appends to <paramref name="into"/> every liability of the defaulted parties numbered
    /// [<paramref name="from"/>, <paramref name="to"/>) in <paramref name="block"/>, weighted Π = L / p̄. Each step
    /// along a list is a cache miss, so the lists are walked side by side, one link of every list a
    /// round, with each next link fetched ahead: the misses overlap (2.5× faster than one list after
    /// another). The order is fixed by the data alone. Several ranges may be collected at the same time
    /// (into different lists).
    /// </summary>
    public unsafe void Collect(DefaultedBlock block, int from, int to, int[] creditor, double[] amount, ReadOnlySpan<double> owed, LiabilityList into)
    {
        var parties = block.Parties[from..to];
        var lists = parties.Length * _head.Length;
        var at = ArrayPool<int>.Shared.Rent(Math.Max(1, lists));
        var local = ArrayPool<int>.Shared.Rent(Math.Max(1, lists));
        var owedBy = ArrayPool<double>.Shared.Rent(Math.Max(1, lists));
        try
        {
            var active = 0;
            fixed (int* np = _next)
            fixed (int* cp = creditor)
            fixed (double* ap = amount)
            {
                foreach (var head in _head)
                {
                    for (var i = 0; i < parties.Length; i++)
                    {
                        var d = parties[i];
                        var k = head[d];
                        if (k >= 0)
                        {
                            Fetch(np, cp, ap, k);
                            var total = owed[d];
                            (at[active], local[active], owedBy[active]) = (k, from + i, total);
                            active++;
                        }
                    }
                }
                while (active > 0)
                {
                    var kept = 0;
                    for (var j = 0; j < active; j++)
                    {
                        var k = at[j];
                        into.Add(local[j], cp[k], owedBy[j] > 0 ? ap[k] / owedBy[j] : 0);
                        var following = np[k];
                        if (following >= 0)
                        {
                            Fetch(np, cp, ap, following);
                            (at[kept], local[kept], owedBy[kept]) = (following, local[j], owedBy[j]);
                            kept++;
                        }
                    }
                    active = kept;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(at);
            ArrayPool<int>.Shared.Return(local);
            ArrayPool<double>.Shared.Return(owedBy);
        }
    }

    private static unsafe void Fetch(int* next, int* creditor, double* amount, int k)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(next + k);
            Sse.Prefetch0(creditor + k);
            Sse.Prefetch0(amount + k);
        }
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_next);
        foreach (var head in _head)
        {
            ArrayPool<int>.Shared.Return(head);
        }
    }
}
