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
    /// sums[party[k]] += amount[k] for every k, in order: p̄ from the debtor column, r from the
    /// creditor column. The columns are fetched ahead with a non-temporal hint, so that streaming
    /// them does not push the scattered-into array (about a core's second-level cache) out of that
    /// cache; one pass scattering into both p̄ and r ran at the third level's speed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A party index is outside the network.</exception>
    public static unsafe void Add(ReadOnlySpan<int> party, ReadOnlySpan<double> amount, Span<double> sums)
    {
        if (party.Length != amount.Length)
        {
            throw new ArgumentException("The columns differ in length.", nameof(amount));
        }
        fixed (int* pp = party)
        fixed (double* ap = amount)
        fixed (double* sp = sums)
        {
            for (var k = 0; k < party.Length; k++)
            {
                if ((k & 15) == 0)
                {
                    Prefetch(pp + k, ap + k);
                }
                var at = pp[k];
                Check(at, sums.Length);
                sp[at] += ap[k];
            }
        }
    }

    /// <summary>headroom = assets + (receivable − owed), a vector at a time.</summary>
    public static void Headroom(ReadOnlySpan<double> assets, ReadOnlySpan<double> receivable, ReadOnlySpan<double> owed, Span<double> headroom)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i + Vector<double>.Count <= headroom.Length; i += Vector<double>.Count)
            {
                (new Vector<double>(assets[i..]) + (new Vector<double>(receivable[i..]) - new Vector<double>(owed[i..]))).CopyTo(headroom[i..]);
            }
        }
        for (; i < headroom.Length; i++)
        {
            headroom[i] = assets[i] + (receivable[i] - owed[i]);
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

    /// <summary>Fetches a cache line of a party column and the two of the amounts that go with it, well ahead.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(int* party, double* amount)
    {
        // Prefetches never fault, so running past the end of the columns is harmless.
        if (Sse.IsSupported)
        {
            Sse.PrefetchNonTemporal(party + PrefetchDistance);
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
