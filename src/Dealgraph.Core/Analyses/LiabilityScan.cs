using System.Buffers;
using System.Numerics;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The passes of <see cref="FictitiousDefault"/> over all liabilities, each over one core's
/// contiguous share. Parties are marked in a bit set (100,000 parties fit the first-level cache).
/// </summary>
internal static class LiabilityScan
{
    /// <summary>
    /// Adds a share of the liabilities into p̄ and r, and puts those whose debtor is
    /// <paramref name="marked"/> into <paramref name="found"/> (with their amounts). Two passes, not
    /// one: p̄ and r are each about the size of a core's second-level cache, and one pass scattering
    /// into both ran at the third level's speed (bench/RESULTS.md, analyses).
    /// </summary>
    public static void Totals(ReadOnlySpan<int> debtor, ReadOnlySpan<int> creditor, ReadOnlySpan<double> amount, ulong[] marked,
        double[] owed, double[] receivable, LiabilityList found)
    {
        found.Clear();
        for (var k = 0; k < debtor.Length; k++)
        {
            var d = debtor[k];
            owed[d] += amount[k];
            if ((marked[d >> 6] & (1UL << d)) != 0)
            {
                found.Add(d, creditor[k], amount[k]);
            }
        }
        for (var k = 0; k < creditor.Length; k++)
        {
            receivable[creditor[k]] += amount[k];
        }
    }

    /// <summary>Puts the liabilities of a share whose debtor is <paramref name="marked"/> into <paramref name="found"/>, with their amounts.</summary>
    public static void Collect(ReadOnlySpan<int> debtor, ReadOnlySpan<int> creditor, ReadOnlySpan<double> amount, ulong[] marked,
        LiabilityList found)
    {
        found.Clear();
        for (var k = 0; k < debtor.Length; k++)
        {
            var d = debtor[k];
            if ((marked[d >> 6] & (1UL << d)) != 0)
            {
                found.Add(d, creditor[k], amount[k]);
            }
        }
    }

    /// <summary>A bit set of the given parties, rented from the pool: the caller returns it.</summary>
    public static ulong[] Marks(ReadOnlySpan<int> parties, int n)
    {
        var words = (n + 63) >> 6;
        var marked = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(marked, 0, words);
        foreach (var d in parties)
        {
            if ((uint)d >= (uint)n)
            {
                ArrayPool<ulong>.Shared.Return(marked);
                throw new ArgumentOutOfRangeException(nameof(parties), d, "A party index is outside the network.");
            }
            marked[d >> 6] |= 1UL << d;
        }
        return marked;
    }

    /// <summary>Whether the distinct <paramref name="parties"/> are exactly those marked in <paramref name="marked"/>.</summary>
    public static bool MarksExactly(ulong[] marked, ReadOnlySpan<int> parties, int n)
    {
        foreach (var d in parties)
        {
            if ((marked[d >> 6] & (1UL << d)) == 0)
            {
                return false;
            }
        }
        var count = 0;
        for (var w = 0; w < (n + 63) >> 6; w++)
        {
            count += BitOperations.PopCount(marked[w]);
        }
        return count == parties.Length;
    }
}
