using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The passes of <see cref="FictitiousDefault"/> over all liabilities, each over one contiguous
/// share. They are the only steps whose cost grows with the number of liabilities, so each is a
/// tight loop over columns streamed past the caches.
/// </summary>
internal static class LiabilityScan
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
    public static unsafe void Scatter(ReadOnlySpan<int> party, ReadOnlySpan<double> amount, Span<double> sums)
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

    /// <summary>
    /// Writes into <paramref name="found"/> the positions (<paramref name="offset"/> + k) of the
    /// liabilities of a share whose debtor is in <paramref name="marked"/>, in order, and returns
    /// how many there are. <paramref name="found"/> needs room for the whole share plus 8.
    /// With AVX-512 eight debtors are tested at once: a gather from the bit set and a compress of
    /// the matching positions, with no branch on the data (1.4× the plain loop on the bench machine).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A debtor is outside the set's parties.</exception>
    public static int Collect(ReadOnlySpan<int> debtor, int offset, PartyBitSet marked, Span<int> found, bool vectorized = true)
    {
        if (found.Length < debtor.Length + 8)
        {
            throw new ArgumentException("The output has no room for the whole share.", nameof(found));
        }
        var count = 0;
        var k = 0;
        if (vectorized && Avx2.IsSupported && Avx512F.VL.IsSupported)
        {
            (k, count) = CollectVectorized(debtor, offset, marked, found);
        }
        for (; k < debtor.Length; k++)
        {
            var d = debtor[k];
            Check(d, marked.Parties);
            found[count] = offset + k;
            count += marked.Contains(d) ? 1 : 0;
        }
        return count;
    }

    private static unsafe (int Next, int Count) CollectVectorized(ReadOnlySpan<int> debtor, int offset, PartyBitSet marked, Span<int> found)
    {
        var k = 0;
        var count = 0;
        var parties = Vector256.Create(marked.Parties).AsUInt32();
        var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
        var low5 = Vector256.Create(31);
        var outside = Vector256<int>.Zero;
        fixed (int* dp = debtor)
        fixed (ulong* bits = marked.Words)
        fixed (int* fp = found)
        {
            var words = (int*)bits;
            for (; k + 8 <= debtor.Length; k += 8)
            {
                var d = Avx.LoadVector256(dp + k);
                // An index outside [0, parties) would gather outside the set: clamp it to 0, refuse after the loop.
                var inside = Vector256.LessThan(d.AsUInt32(), parties).AsInt32();
                outside |= ~inside;
                d &= inside;
                var word = Avx2.GatherVector256(words, Avx2.ShiftRightLogical(d, 5), 4);
                var bit = Avx2.ShiftRightLogicalVariable(word.AsUInt32(), (d & low5).AsUInt32()) & Vector256<uint>.One;
                var hit = Vector256.Equals(bit, Vector256<uint>.One).AsInt32();
                Avx.Store(fp + count, Avx512F.VL.Compress(Vector256<int>.Zero, hit, lanes + Vector256.Create(offset + k)));
                count += BitOperations.PopCount(hit.ExtractMostSignificantBits());
            }
        }
        if (outside != Vector256<int>.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(debtor), "A party index is outside the network.");
        }
        return (k, count);
    }

    /// <summary>
    /// Appends the liabilities at <paramref name="positions"/> (ascending, few and far between) to
    /// <paramref name="into"/>, debtor by its dense number in <paramref name="block"/>, weighted
    /// Π = L / p̄. Each position is a cache miss in three columns; fetching a few positions ahead
    /// overlaps them.
    /// </summary>
    public static unsafe void Gather(ReadOnlySpan<int> positions, int[] debtor, int[] creditor, double[] amount, ReadOnlySpan<double> owed,
        DefaultedBlock block, LiabilityList into)
    {
        const int Ahead = 8;
        fixed (int* dp = debtor)
        fixed (int* cp = creditor)
        fixed (double* ap = amount)
        {
            for (var i = 0; i < positions.Length; i++)
            {
                if (i + Ahead < positions.Length && Sse.IsSupported)
                {
                    var k = positions[i + Ahead];
                    Sse.Prefetch0(dp + k);
                    Sse.Prefetch0(cp + k);
                    Sse.Prefetch0(ap + k);
                }
                var at = positions[i];
                var d = debtor[at];
                var total = owed[d];
                into.Add(block.LocalOf(d), creditor[at], total > 0 ? amount[at] / total : 0);
            }
        }
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
