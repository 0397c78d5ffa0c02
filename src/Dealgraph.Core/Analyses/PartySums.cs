using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// p̄ and r, the sums per party of <see cref="FictitiousDefault"/>: with the threading of
/// <see cref="DebtorLists"/>, the only steps whose cost grows with the number of liabilities, so
/// each is a tight loop over columns streamed past the caches.
/// </summary>
internal static class PartySums
{
    // How far ahead the streamed columns are fetched, in elements (4 kB of int, 8 kB of double).
    private const int PrefetchDistance = 1024;

    /// <summary>
    /// owed[debtor[k]] += amount[k] and receivable[creditor[k]] += amount[k] for every k, in order
    /// (so each sum is a plain loop's). One pass reads the amounts once: 16 bytes a liability
    /// instead of 24 for a pass per sum, which made the whole p̄/r/lists step 10–15% faster here
    /// although the two scattered-into arrays together outgrow a core's second-level cache. The
    /// columns are fetched ahead with a non-temporal hint, so streaming them does not push those
    /// arrays out of the caches.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A party index is outside the network.</exception>
    public static unsafe void Add(ReadOnlySpan<int> debtor, ReadOnlySpan<int> creditor, ReadOnlySpan<double> amount, Span<double> owed, Span<double> receivable)
    {
        if (creditor.Length != debtor.Length || amount.Length != debtor.Length)
        {
            throw new ArgumentException("The columns differ in length.", nameof(amount));
        }
        if (receivable.Length != owed.Length)
        {
            throw new ArgumentException("The sums differ in length.", nameof(receivable));
        }
        fixed (int* dp = debtor)
        fixed (int* cp = creditor)
        fixed (double* ap = amount)
        fixed (double* op = owed)
        fixed (double* rp = receivable)
        {
            for (var k = 0; k < debtor.Length; k++)
            {
                if ((k & 15) == 0)
                {
                    Prefetch(dp + k, cp + k, ap + k);
                }
                var (d, c, a) = (dp[k], cp[k], ap[k]);
                Check(d, owed.Length);
                Check(c, owed.Length);
                op[d] += a;
                rp[c] += a;
            }
        }
    }

    /// <summary>
    /// headroom = assets + (receivable − owed) + slack · (assets + receivable + owed), a vector at a
    /// time: a party defaults when its headroom goes below zero, and the slack, relative to the
    /// party's own figures, keeps rounding from defaulting one that breaks even. It is the party's
    /// own scale, not the network's largest figure, so a party with nothing that owes 100 still
    /// defaults beside one holding 10¹⁴.
    /// </summary>
    public static void Headroom(ReadOnlySpan<double> assets, ReadOnlySpan<double> receivable, ReadOnlySpan<double> owed, double slack, Span<double> headroom)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var s = new Vector<double>(slack);
            for (; i + Vector<double>.Count <= headroom.Length; i += Vector<double>.Count)
            {
                var (e, r, o) = (new Vector<double>(assets[i..]), new Vector<double>(receivable[i..]), new Vector<double>(owed[i..]));
                (e + (r - o) + (s * (e + r + o))).CopyTo(headroom[i..]);
            }
        }
        for (; i < headroom.Length; i++)
        {
            headroom[i] = assets[i] + (receivable[i] - owed[i]) + (slack * (assets[i] + receivable[i] + owed[i]));
        }
    }

    /// <summary>The largest value (negative infinity when there is none), a vector at a time.</summary>
    public static double Largest(ReadOnlySpan<double> values)
    {
        var largest = double.NegativeInfinity;
        var i = 0;
        if (Vector.IsHardwareAccelerated && values.Length >= Vector<double>.Count)
        {
            var lanes = new Vector<double>(double.NegativeInfinity);
            for (; i + Vector<double>.Count <= values.Length; i += Vector<double>.Count)
            {
                lanes = Vector.Max(lanes, new Vector<double>(values[i..]));
            }
            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                largest = Math.Max(largest, lanes[lane]);
            }
        }
        for (; i < values.Length; i++)
        {
            largest = Math.Max(largest, values[i]);
        }
        return largest;
    }

    /// <summary>
    /// The first index from <paramref name="from"/> on whose value is below <paramref name="limit"/>,
    /// or -1: a vector of comparisons at a time, as hits are rare (the parties short before any loss).
    /// </summary>
    public static int FirstBelow(ReadOnlySpan<double> values, double limit, int from)
    {
        var i = from;
        if (Vector.IsHardwareAccelerated)
        {
            var bound = new Vector<double>(limit);
            for (; i + Vector<double>.Count <= values.Length; i += Vector<double>.Count)
            {
                var below = Vector.LessThan(new Vector<double>(values[i..]), bound);
                if (below != Vector<long>.Zero)
                {
                    break;
                }
            }
        }
        for (; i < values.Length; i++)
        {
            if (values[i] < limit)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Fetches a cache line of each party column and the two of the amounts that go with them, well ahead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(int* debtor, int* creditor, double* amount)
    {
        // Prefetches never fault, so running past the end of the columns is harmless.
        if (Sse.IsSupported)
        {
            Sse.PrefetchNonTemporal(debtor + PrefetchDistance);
            Sse.PrefetchNonTemporal(creditor + PrefetchDistance);
            Sse.PrefetchNonTemporal(amount + PrefetchDistance);
            Sse.PrefetchNonTemporal(amount + PrefetchDistance + 8);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Check(int party, int parties)
    {
        if ((uint)party >= (uint)parties)
        {
            throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is outside the network.");
        }
    }
}
