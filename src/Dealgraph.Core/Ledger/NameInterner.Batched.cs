using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using static Dealgraph.Core.Ledger.NameHash;

namespace Dealgraph.Core.Ledger;

// The batched lookups: two names at once, slots prefetched before they are interned, a whole
// table at once. They sit on top of the table (NameInterner.cs) and only make its cache misses
// overlap; they find and add names through its Probe, so never change which id a name gets.
public sealed partial class NameInterner
{
    private uint _touched; // a sink for Touch, so the loads are not optimised away

    /// <summary>
    /// The ids of two names at once. Why: the two table slots are loaded before either is
    /// compared, so their cache misses (the cost of interning in a large table) overlap.
    /// </summary>
    public (int First, int Second) Intern(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        var prefix1 = Prefix(first);
        var prefix2 = Prefix(second);
        var tag1 = TagOf(Hash(first, prefix1), first.Length);
        var tag2 = TagOf(Hash(second, prefix2), second.Length);
        var slots = _slots;
        var slot1 = Index(prefix1, tag1) & _mask;
        var slot2 = Index(prefix2, tag2) & _mask;
        var entry1 = slots[slot1];
        var entry2 = slots[slot2];
        var id1 = entry1.Tag == tag1 && entry1.Prefix == prefix1 && entry1.IdPlusOne != 0 && (first.Length <= 8 || Span(entry1.IdPlusOne - 1).SequenceEqual(first))
            ? entry1.IdPlusOne - 1
            : Probe(first, prefix1, tag1, slot1);
        if (entry2.Tag == tag2 && entry2.Prefix == prefix2 && entry2.IdPlusOne != 0 && (second.Length <= 8 || Span(entry2.IdPlusOne - 1).SequenceEqual(second)))
        {
            return (id1, entry2.IdPlusOne - 1); // an entry once found never moves to another id
        }

        return (id1, Probe(second, prefix2, tag2, ReferenceEquals(slots, _slots) ? slot2 : Index(prefix2, tag2) & _mask));
    }

    /// <summary>
    /// Asks for the table slots of two names to be loaded, without interning them. Why: a reader
    /// that does this for several rows before interning them has their cache misses overlap.
    /// </summary>
    public void Touch(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        Touch(first);
        Touch(second);
    }

    /// <summary>
    /// Interns every name of <paramref name="other"/> in the order of its ids; returns, for each
    /// of its ids, the id here. Names are taken in batches of 16 whose slots are prefetched first
    /// (about as many prefetches as a processor keeps in flight; see LedgerCsvPart).
    /// </summary>
    public int[] InternAll(NameInterner other)
    {
        ArgumentNullException.ThrowIfNull(other);
        const int Batch = 16;
        var ids = new int[other.Count];
        for (var from = 0; from < ids.Length; from += Batch)
        {
            var to = Math.Min(ids.Length, from + Batch);
            for (var id = from; id < to; id++)
            {
                Touch(other.Span(id));
            }

            for (var id = from; id < to; id++)
            {
                ids[id] = Intern(other.Span(id));
            }
        }

        return ids;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Touch(ReadOnlySpan<byte> name)
    {
        var prefix = Prefix(name);
        ref var slot = ref _slots[Index(prefix, TagOf(Hash(name, prefix), name.Length)) & _mask];
        if (Sse.IsSupported)
        {
            // A prefetch does not wait for its data, so the loads of many names overlap even
            // beyond what the processor's reorder window holds. Large tables are pinned (see
            // HugePageArrays); a prefetch of a stale address would be harmless anyway.
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref slot));
            }
        }
        else
        {
            _touched += slot.Tag;
        }
    }
}
