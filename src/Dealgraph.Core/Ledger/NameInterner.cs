using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// Maps names (parties, currencies) to dense integers 0, 1, 2, … in order of first sight.
/// Lookups take spans, so a streaming reader allocates nothing per row.
/// </summary>
/// <remarks>
/// Why not a <see cref="Dictionary{TKey,TValue}"/>: interning two names per row is the hot path
/// of reading a ledger, and a dictionary costs a string object per name (24 bytes of header
/// plus a pointer chase per lookup). Here the characters of all names live in one array and an
/// open-addressing table of (hash, id) pairs answers most lookups with one cache miss for the
/// slot and one for the characters.
/// </remarks>
public sealed class NameInterner
{
    private char[] _chars;
    private int _charCount;
    private int[] _starts;
    private long[] _slots;
    private int _mask;
    private string?[] _names;

    /// <summary>Creates an empty interner sized for about <paramref name="capacity"/> names.</summary>
    public NameInterner(int capacity = 0)
    {
        capacity = Math.Max(16, capacity);
        _starts = new int[capacity + 1];
        _chars = new char[capacity * 8];
        _names = new string?[capacity];
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _slots = new long[size];
        _mask = size - 1;
    }

    /// <summary>Number of distinct names seen.</summary>
    public int Count { get; private set; }

    /// <summary>All names, indexed by their id.</summary>
    public IReadOnlyList<string> Names => [.. Enumerable.Range(0, Count).Select(NameOf)];

    /// <summary>The id of a name, adding it when new.</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        var hash = Hash(name);
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return Add(name, hash, slot);
            }

            var id = (int)entry - 1;
            if ((uint)(entry >>> 32) == hash && Span(id).SequenceEqual(name))
            {
                return id;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The id of a name, or −1 when it was never seen.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        var hash = Hash(name);
        for (var slot = (int)hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            var id = (int)entry - 1;
            if ((uint)(entry >>> 32) == hash && Span(id).SequenceEqual(name))
            {
                return id;
            }
        }

        return -1;
    }

    /// <summary>The name with the given id.</summary>
    public string NameOf(int id)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)id, (uint)Count, nameof(id));
        return _names[id] ??= new string(Span(id));
    }

    /// <summary>Bytes held (for memory accounting).</summary>
    public long Bytes => (_chars.LongLength * 2) + (_starts.LongLength * 4) + (_slots.LongLength * 8) + (_names.LongLength * 8);

    /// <summary>The characters of a name, without allocating.</summary>
    public ReadOnlySpan<char> SpanOf(int id) => Span(id);

    private ReadOnlySpan<char> Span(int id) => _chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id]);

    private int Add(ReadOnlySpan<char> name, uint hash, int slot)
    {
        var id = Count;
        if (id + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _names, _names.Length * 2);
        }

        if (_charCount + name.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + name.Length));
        }

        name.CopyTo(_chars.AsSpan(_charCount));
        _charCount += name.Length;
        _starts[id + 1] = _charCount;
        _slots[slot] = ((long)hash << 32) | (uint)(id + 1);
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
        var slots = new long[size];
        var mask = size - 1;
        foreach (var entry in _slots)
        {
            if (entry != 0)
            {
                var slot = (int)(entry >>> 32) & mask;
                while (slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                slots[slot] = entry;
            }
        }

        (_slots, _mask) = (slots, mask);
    }

    private static uint Hash(ReadOnlySpan<char> name)
    {
        // A multiply-xorshift hash over 8 bytes at a time: names are short, and speed matters
        // more than resistance to crafted collisions for a local batch tool.
        var bytes = MemoryMarshal.AsBytes(name);
        var h = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        while (bytes.Length >= 8)
        {
            h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0xFF51AFD7ED558CCDUL;
            h ^= h >> 32;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (h ^ tail) * 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 29;
        return (uint)h;
    }
}
