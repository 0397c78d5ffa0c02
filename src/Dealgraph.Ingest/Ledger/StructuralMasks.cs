using System.Numerics;
using System.Runtime.Intrinsics;

namespace Dealgraph.Ingest.Ledger;

/// <summary>
/// One bit per byte of a buffer, set where the byte is <c>,</c>, a line break or <c>"</c>:
/// computed 32 bytes per vector compare, then walked with trailing-zero counts, which costs a
/// few instructions per field instead of a search call per field.
/// </summary>
internal static class StructuralMasks
{
    /// <summary>The masks of <paramref name="data"/>, in <paramref name="store"/> (grown when needed); bit i of word w is byte 64w + i.</summary>
    public static ReadOnlySpan<ulong> Of(ReadOnlySpan<byte> data, ref ulong[] store)
    {
        var words = (data.Length + 63) / 64;
        if (store.Length < words + 1)
        {
            store = new ulong[words + 1];
        }

        var comma = Vector256.Create((byte)',');
        var newline = Vector256.Create((byte)'\n');
        var quote = Vector256.Create((byte)'"');
        var full = data.Length / 64;
        for (var w = 0; w < full; w++)
        {
            var low = Vector256.Create(data.Slice(w * 64, 32));
            var high = Vector256.Create(data.Slice((w * 64) + 32, 32));
            var lowBits = (Vector256.Equals(low, comma) | Vector256.Equals(low, newline) | Vector256.Equals(low, quote)).ExtractMostSignificantBits();
            var highBits = (Vector256.Equals(high, comma) | Vector256.Equals(high, newline) | Vector256.Equals(high, quote)).ExtractMostSignificantBits();
            store[w] = lowBits | ((ulong)highBits << 32);
        }

        ulong tail = 0;
        for (var i = full * 64; i < data.Length; i++)
        {
            if (data[i] is (byte)',' or (byte)'\n' or (byte)'"')
            {
                tail |= 1UL << (i & 63);
            }
        }

        store[full] = tail;
        if (words > full)
        {
            store[words] = 0; // the word past the end, so Next may look at position data.Length
        }
        return store.AsSpan(0, words + 1);
    }

    /// <summary>The position of the first structural byte at or after <paramref name="position"/>, or at least the data length when none.</summary>
    public static int Next(ReadOnlySpan<ulong> masks, int position)
    {
        var word = position >> 6;
        var bits = masks[word] & (ulong.MaxValue << (position & 63));
        while (bits == 0)
        {
            if (++word >= masks.Length)
            {
                return int.MaxValue;
            }

            bits = masks[word];
        }

        return (word << 6) + BitOperations.TrailingZeroCount(bits);
    }
}
