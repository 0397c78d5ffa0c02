using System.Buffers;
using System.Text;
using static Dealgraph.Core.Ledger.NameHash;

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
public sealed partial class NameInterner
{
    private byte[] _bytes;
    private int _byteCount;
    private int[] _starts;
    private Slot[] _slots;
    private int _mask;
    private string?[] _names;

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

    private readonly record struct Slot(ulong Prefix, uint Tag, int IdPlusOne);
}
