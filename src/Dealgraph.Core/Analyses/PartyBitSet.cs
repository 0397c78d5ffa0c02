using System.Buffers;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// A set of party indices as one bit each, rented from the pool: 100,000 parties take 12.5 kB,
/// which stays in the first-level cache while the cascade tests each liability's creditor.
/// </summary>
internal sealed class PartyBitSet : IDisposable
{
    private readonly int _words;
    private readonly ulong[] _bits;

    public PartyBitSet(int parties)
    {
        Parties = parties;
        _words = (parties + 63) >> 6;
        _bits = ArrayPool<ulong>.Shared.Rent(Math.Max(1, _words));
        Array.Clear(_bits, 0, _words);
    }

    /// <summary>How many parties the set ranges over.</summary>
    public int Parties { get; }

    public bool Contains(int party) => (_bits[party >> 6] & (1UL << party)) != 0;

    /// <summary>The set's words, bit p of the whole for party p (for vector membership tests).</summary>
    public ReadOnlySpan<ulong> Words => _bits.AsSpan(0, _words);

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is outside the network.</exception>
    public void Add(int party)
    {
        if ((uint)party >= (uint)Parties)
        {
            throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is outside the network.");
        }
        _bits[party >> 6] |= 1UL << party;
    }

    public void Dispose() => ArrayPool<ulong>.Shared.Return(_bits);
}
