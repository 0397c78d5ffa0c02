using System.Buffers;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// A set of party indices as one bit each, rented from the pool: 100,000 parties take 12.5 kB,
/// which stays in the first-level cache while a pass tests a million liabilities against it.
/// </summary>
internal sealed class PartyBitSet : IDisposable
{
    private readonly int _words;

    public PartyBitSet(int parties)
    {
        Parties = parties;
        _words = (parties + 63) >> 6;
        Words = ArrayPool<ulong>.Shared.Rent(Math.Max(1, _words));
        Array.Clear(Words, 0, _words);
    }

    /// <summary>How many parties the set ranges over.</summary>
    public int Parties { get; }

    /// <summary>The bits, party d at bit d % 64 of word d / 64 (read as 32-bit words by the vector scan).</summary>
    public ulong[] Words { get; }

    public bool Contains(int party) => (Words[party >> 6] & (1UL << party)) != 0;

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="party"/> is outside the network.</exception>
    public void Add(int party)
    {
        if ((uint)party >= (uint)Parties)
        {
            throw new ArgumentOutOfRangeException(nameof(party), party, "A party index is outside the network.");
        }
        Words[party >> 6] |= 1UL << party;
    }

    public void Clear() => Array.Clear(Words, 0, _words);

    public void Dispose() => ArrayPool<ulong>.Shared.Return(Words);
}
