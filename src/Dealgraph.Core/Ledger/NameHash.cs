using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Dealgraph.Core.Ledger;

/// <summary>
/// What <see cref="NameInterner"/>'s table stores and probes by, computed from a name's UTF-8
/// bytes alone: its first 8 bytes as a number, a tag of hash bits and length, and the slot index
/// those two give. Pure functions, inlined into the interner's lookups.
/// </summary>
internal static class NameHash
{
    /// <summary>The first 8 bytes of a name, little-endian, zero-padded when shorter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Prefix(ReadOnlySpan<byte> name)
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
    public static uint TagOf(ulong hash, int length) => ((uint)(hash >> 32) & 0xFFFFFF00u) | (uint)Math.Min(length, 255);

    // The slot comes from what the slot stores (the first 8 bytes and the tag), so growing the
    // table never reads the names themselves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Index(ulong prefix, uint tag) => (int)(((prefix ^ ((ulong)tag << 29)) * 0x9E3779B97F4A7C15UL) >> 33);

    /// <summary>The hash of a name whose <see cref="Prefix"/> is <paramref name="prefix"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ReadOnlySpan<byte> name, ulong prefix)
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
}
