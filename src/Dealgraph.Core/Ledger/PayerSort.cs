namespace Dealgraph.Core.Ledger;

/// <summary>
/// Stable counting sort of rows by payer, over several threads: the CSR offsets of the graph and
/// the rows in payer order (rows of one payer stay in file order, whatever the thread count).
/// </summary>
internal static class PayerSort
{
    /// <summary>
    /// Sorts rows 0 … <paramref name="rows"/> − 1 by <paramref name="payers"/>. Each of
    /// <paramref name="blocks"/> threads counts, then places, one contiguous block of rows; a row
    /// goes to its payer's start + that payer's rows in earlier blocks + its earlier rows in its own block.
    /// </summary>
    public static (int[] Offsets, int[] Order) Sort(int[] payers, int rows, int partyCount, int blocks)
    {
        var counts = new int[blocks][];
        RowBlocks.Run(rows, blocks, (block, from, to) =>
        {
            var count = new int[partyCount];
            for (var i = from; i < to; i++)
            {
                count[payers[i]]++;
            }

            counts[block] = count;
        });

        // Turn the counts into each block's first slot per payer, and the totals into offsets.
        var offsets = new int[partyCount + 1];
        var next = 0;
        for (var p = 0; p < partyCount; p++)
        {
            offsets[p] = next;
            foreach (var count in counts)
            {
                var c = count[p];
                count[p] = next;
                next += c;
            }
        }

        offsets[partyCount] = next;
        var order = GC.AllocateUninitializedArray<int>(rows);
        RowBlocks.Run(rows, blocks, (block, from, to) =>
        {
            var cursor = counts[block];
            for (var i = from; i < to; i++)
            {
                order[cursor[payers[i]]++] = i;
            }
        });

        return (offsets, order);
    }
}
