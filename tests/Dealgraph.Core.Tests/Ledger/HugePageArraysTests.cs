using Dealgraph.Core.Ledger;

namespace Dealgraph.Core.Tests.Ledger;

public sealed class HugePageArraysTests
{
    // Below 8 MB an ordinary array; above, a pinned one advised for 2 MB pages, whose memory may
    // be a block freed by an earlier array: clearing must still give zeros.
    [Theory]
    [InlineData(1_000)]
    [InlineData(3_000_000)]
    public void A_cleared_array_is_all_zeros_even_where_a_freed_array_was(int length)
    {
        for (var round = 0; round < 3; round++)
        {
            Dirty(length);
            GC.Collect();
            var clean = HugePageArrays.Allocate<long>(length, clear: true);

            Assert.Equal(length, clean.Length);
            Assert.True(clean.AsSpan().IndexOfAnyExcept(0L) < 0);
        }
    }

    [Fact]
    public void An_uncleared_array_holds_what_is_written_to_it()
    {
        var array = HugePageArrays.Allocate<int>(5_000_000, clear: false);
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = i ^ 0x5A5A;
        }

        Assert.All(Enumerable.Range(0, array.Length).Where(i => i % 9973 == 0), i => Assert.Equal(i ^ 0x5A5A, array[i]));
    }

    private static void Dirty(int length) => HugePageArrays.Allocate<long>(length, clear: false).AsSpan().Fill(-1);
}
