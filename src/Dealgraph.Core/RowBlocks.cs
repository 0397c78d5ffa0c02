namespace Dealgraph.Core;

/// <summary>
/// Runs work over contiguous blocks of a range, one block per thread: the ledger's graph build (and
/// the shares in which the clearing engine threads its per-debtor lists). Why blocks and not
/// <see cref="Parallel.For(int, int, Action{int})"/> per item: those loops are a few nanoseconds an
/// item, and a stable counting sort (or sums in a fixed order) needs each thread to own a contiguous block.
/// </summary>
internal static class RowBlocks
{
    /// <summary>Fewest items worth a thread of their own (below this, one thread does it all).</summary>
    public const int MinItemsPerBlock = 1 << 16;

    /// <summary>
    /// How many blocks to cut <paramref name="count"/> items into for <paramref name="parallelism"/>
    /// threads, each of at least <paramref name="minItemsPerBlock"/> items.
    /// </summary>
    public static int CountFor(int count, int parallelism, int minItemsPerBlock = MinItemsPerBlock) =>
        Math.Clamp(Math.Min(parallelism, count / Math.Max(1, minItemsPerBlock)), 1, 64);

    /// <summary>Start of block <paramref name="block"/> of <paramref name="blocks"/> over <paramref name="count"/> items.</summary>
    public static int Start(int count, int blocks, int block) => (int)((long)count * block / blocks);

    /// <summary>Runs <paramref name="body"/>(block, from, to) for each block, in parallel when there is more than one.</summary>
    public static void Run(int count, int blocks, Action<int, int, int> body)
    {
        if (blocks <= 1)
        {
            body(0, 0, count);
            return;
        }

        Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = blocks },
            block => body(block, Start(count, blocks, block), Start(count, blocks, block + 1)));
    }
}
