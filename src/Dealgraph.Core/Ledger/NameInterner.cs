using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// Maps names (parties, currencies) to dense integers 0, 1, 2, … in order of first sight.
/// Names are kept as UTF-8 bytes; lookups take byte (or char) spans, so a streaming reader
/// allocates nothing per row.
/// </summary>
/// <remarks>
/// Why not a <see cref="Dictionary{TKey,TValue}"/>: interning two names per row is the hot path
/// of reading a ledger, and a dictionary costs a string object per name and a pointer chase per
/// lookup. Here the bytes of all names live in one array and an open-addressing table of
/// 16-byte slots holds each name's first 8 bytes, its length, hash bits and id: a name of up to
/// 8 bytes is found with one cache miss (the slot) and no look at the byte store at all.
/// </remarks>
public sealed class NameInterner
{
    private byte[] _bytes;
    private int _byteCount;
    private int[] _starts;
    private Slot[] _slots;
    private int _mask;
    private string?[] _names;
    private uint _touched; // a sink for Touch, so the loads are not optimised away

    /// <summary>Creates an empty interner sized for about <paramref name="capacity"/> names.</summary>
    public NameInterner(int capacity = 0)
    {
        capacity = Math.Max(16, capacity);
        _starts = new int[capacity + 1];
        _bytes = new byte[capacity * 8];
        _names = [];
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = HugePageArrays.Allocate<Slot>(size, clear: true);
        _mask = size - 1;
    }

    /// <summary>Number of distinct names seen.</summary>
    public int Count { get; private set; }

    /// <summary>All names, indexed by their id.</summary>
    public IReadOnlyList<string> Names => [.. Enumerable.Range(0, Count).Select(NameOf)];

    /// <summary>Bytes held (for memory accounting).</summary>
    public long Bytes => _bytes.LongLength + (_starts.LongLength * 4) + (_slots.LongLength * 16) + (_names.LongLength * 8);

    /// <summary>The id of a name given as UTF-8 bytes, adding it when new.</summary>
    public int Intern(ReadOnlySpan<byte> name)
    {
        var prefix = Prefix(name);
        var tag = TagOf(Hash(name, prefix), name.Length);
        return Probe(name, prefix, tag, Index(prefix, tag) & _mask);
    }

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

    private int Probe(ReadOnlySpan<byte> name, ulong prefix, uint tag, int slot)
    {
        while (true)
        {
            ref var entry = ref _slots[slot];
            if (entry.IdPlusOne == 0)
            {
                return Add(name, prefix, tag, slot);
            }

            if (entry.Tag == tag && entry.Prefix == prefix && (name.Length <= 8 || Span(entry.IdPlusOne - 1).SequenceEqual(name)))
            {
                return entry.IdPlusOne - 1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The id of a name, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        byte[]? rented = null;
        var buffer = name.Length <= 128 ? stackalloc byte[384] : (rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(name.Length)));
        var id = Intern(buffer[..Encoding.UTF8.GetBytes(name, buffer)]);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return id;
    }

    /// <summary>The id of a name, or −1 when it was never seen.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        var bytes = Encoding.UTF8.GetBytes(name.ToArray());
        var prefix = Prefix(bytes);
        var tag = TagOf(Hash(bytes, prefix), bytes.Length);
        for (var slot = Index(prefix, tag) & _mask; _slots[slot].IdPlusOne != 0; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry.Tag == tag && entry.Prefix == prefix && Span(entry.IdPlusOne - 1).SequenceEqual(bytes))
            {
                return entry.IdPlusOne - 1;
            }
        }

        return -1;
    }

    /// <summary>The name with the given id.</summary>
    public string NameOf(int id)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)id, (uint)Count, nameof(id));
        if (_names.Length < Count)
        {
            // Names as strings are only needed for output: the cache is made on first use.
            Array.Resize(ref _names, Count);
        }

        return _names[id] ??= Encoding.UTF8.GetString(Span(id));
    }

    /// <summary>The UTF-8 bytes of a name, without allocating.</summary>
    public ReadOnlySpan<byte> BytesOf(int id)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)id, (uint)Count, nameof(id));
        return Span(id);
    }

    private ReadOnlySpan<byte> Span(int id) => _bytes.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    private int Add(ReadOnlySpan<byte> name, ulong prefix, uint tag, int slot)
    {
        var id = Count;
        if (id == int.MaxValue - 1)
        {
            throw new InputException("more than 2^31 distinct names");
        }

        if (id + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, (int)Math.Min(Array.MaxLength, _starts.Length * 2L));
        }

        if ((long)_byteCount + name.Length > _bytes.Length)
        {
            var size = Math.Max(_bytes.Length * 2L, (long)_byteCount + name.Length);
            if (size > Array.MaxLength)
            {
                throw new InputException("names exceed 2 GB of text");
            }

            Array.Resize(ref _bytes, (int)size);
        }

        name.CopyTo(_bytes.AsSpan(_byteCount));
        _byteCount += name.Length;
        _starts[id + 1] = _byteCount;
        _slots[slot] = new Slot(prefix, tag, id + 1);
        Count = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }

        return id;
    }

    private void Rehash()
    {
        var size = _slots.Length * 2;
        var slots = HugePageArrays.Allocate<Slot>(size, clear: true);
        var mask = size - 1;
        foreach (var entry in _slots)
        {
            if (entry.IdPlusOne != 0)
            {
                var slot = Index(entry.Prefix, entry.Tag) & mask;
                while (slots[slot].IdPlusOne != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }
        }

        (_slots, _mask) = (slots, mask);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Prefix(ReadOnlySpan<byte> name)
    {
        if (name.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(name);
        }

        ulong value = 0;
        for (var i = 0; i < name.Length; i++)
        {
            value |= (ulong)name[i] << (8 * i);
        }

        return value;
    }

    // Hash bits (high 24) and the length (low 8, capped), so a short name matches on the slot alone.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint TagOf(ulong hash, int length) => ((uint)(hash >> 32) & 0xFFFFFF00u) | (uint)Math.Min(length, 255);

    // The slot comes from what the slot stores (the first 8 bytes and the tag), so growing the
    // table never reads the names themselves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(ulong prefix, uint tag) => (int)(((prefix ^ ((ulong)tag << 29)) * 0x9E3779B97F4A7C15UL) >> 33);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Hash(ReadOnlySpan<byte> name, ulong prefix)
    {
        // A multiply-xorshift hash over 8 bytes at a time: names are short, and speed matters
        // more than resistance to crafted collisions for a local batch tool.
        var h = (0x9E3779B97F4A7C15UL ^ (ulong)name.Length) + prefix;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 32;
        for (var rest = name.Length > 8 ? name[8..] : []; !rest.IsEmpty; rest = rest.Length > 8 ? rest[8..] : [])
        {
            h = (h ^ Prefix(rest)) * 0xC4CEB9FE1A85EC53UL;
            h ^= h >> 29;
        }

        h *= 0xC4CEB9FE1A85EC53UL;
        return h ^ (h >> 31);
    }

    private readonly record struct Slot(ulong Prefix, uint Tag, int IdPlusOne);
}
