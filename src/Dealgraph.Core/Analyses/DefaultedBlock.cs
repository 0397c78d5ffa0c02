using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The defaulted parties D of <see cref="FictitiousDefault"/>, numbered densely in the order they
/// default, with the figures the inner solve needs copied next to each other, so the sweeps run
/// in cache however large the network. Each round's solve finds the payments of D with everyone
/// else paying in full, p_i = min(cap_i, α e_i + β received_i) for i in D, where
/// received_i = r_i − Σ Π_ji (p̄_j − p_j) over the liabilities between defaulted parties (those to
/// full payers do not enter it), by Jacobi sweeps from above. Scratch is rented (fresh memory
/// costs a page fault per 4 KiB, see bench/RESULTS.md).
/// </summary>
internal sealed class DefaultedBlock : IDisposable
{
    private readonly int[] _party;
    private readonly int[] _localOf;
    private readonly double[] _top;
    private readonly double[] _own;
    private readonly double[] _owedTo;
    private readonly double[] _owes;
    private readonly int[] _at;
    private int[] _hits;
    private int[] _x;
    private int[] _to;
    private int[] _from;
    private double[] _share;
    private double[] _paid;
    private double[] _next;
    private readonly double[] _lost;
    private readonly double[] _accounted;
    private readonly double[] _fall;

    public DefaultedBlock(int parties)
    {
        Members = new PartyBitSet(parties);
        _party = ArrayPool<int>.Shared.Rent(parties);
        _localOf = ArrayPool<int>.Shared.Rent(parties);
        _top = ArrayPool<double>.Shared.Rent(parties);
        _own = ArrayPool<double>.Shared.Rent(parties);
        _owedTo = ArrayPool<double>.Shared.Rent(parties);
        _owes = ArrayPool<double>.Shared.Rent(parties);
        _paid = ArrayPool<double>.Shared.Rent(parties);
        _next = ArrayPool<double>.Shared.Rent(parties);
        _at = ArrayPool<int>.Shared.Rent(parties);
        _hits = ArrayPool<int>.Shared.Rent(1024);
        _x = ArrayPool<int>.Shared.Rent(1024);
        _to = ArrayPool<int>.Shared.Rent(1024);
        _from = ArrayPool<int>.Shared.Rent(1024);
        _share = ArrayPool<double>.Shared.Rent(1024);
        _accounted = ArrayPool<double>.Shared.Rent(parties);
        _lost = ArrayPool<double>.Shared.Rent(parties);
        _fall = ArrayPool<double>.Shared.Rent(parties);
    }

    /// <summary>The defaulted parties, as a bit set over all parties.</summary>
    public PartyBitSet Members { get; }

    /// <summary>How many parties have defaulted.</summary>
    public int Count { get; private set; }

    /// <summary>The defaulted parties in the order they defaulted.</summary>
    public ReadOnlySpan<int> Parties => _party.AsSpan(0, Count);

    /// <summary>Their payments after the last solve (p̄ until their first).</summary>
    public ReadOnlySpan<double> Paid => _paid.AsSpan(0, Count);

    /// <summary>
    /// The fall in each defaulted party's payment that its creditors have not been charged for yet
    /// (see <see cref="FictitiousDefault"/>): what they were charged for so far (p̄ when it joined)
    /// minus its payment now. Valid until the next call of a method of the block.
    /// </summary>
    public ReadOnlySpan<double> Unaccounted()
    {
        var fall = _fall.AsSpan(0, Count);
        for (var x = 0; x < fall.Length; x++)
        {
            fall[x] = _accounted[x] - _paid[x];
        }
        return fall;
    }

    /// <summary>Marks the payments of the first <paramref name="count"/> parties as charged to their creditors.</summary>
    public void Account(int count) => _paid.AsSpan(0, count).CopyTo(_accounted);

    /// <summary>The dense number of a defaulted party.</summary>
    public int LocalOf(int party) => _localOf[party];

    /// <summary>Adds a party that has just defaulted, paying p̄ until the next solve.</summary>
    public void Add(int party, double cap, double ownAssets, double receivable, double owed)
    {
        Members.Add(party);
        var x = Count++;
        (_party[x], _localOf[party]) = (party, x);
        (_top[x], _own[x], _owedTo[x], _owes[x], _paid[x], _accounted[x]) = (cap, ownAssets, receivable, owed, owed, owed);
    }

    /// <summary>
    /// Solves the block: <paramref name="unpaid"/> holds the liabilities of every defaulted debtor
    /// (debtor by dense number, creditor by party). Sweeps start from the last payments, which lie
    /// above the new solution (payments only fall as D grows). Returns whether it converged.
    /// </summary>
    public (bool Converged, int Sweeps) Solve(LiabilityList unpaid, double beta, double tolerance, int maxSweeps)
    {
        var size = Count;
        var edges = GroupInnerEdgesByCreditor(unpaid);
        ReadOnlySpan<double> owes = _owes.AsSpan(0, size);
        ReadOnlySpan<int> to = _to.AsSpan(0, edges);
        ReadOnlySpan<int> from = _from.AsSpan(0, edges);
        ReadOnlySpan<double> share = _share.AsSpan(0, edges);
        var lost = _lost.AsSpan(0, size);
        var (converged, sweeps) = (false, 0);
        while (sweeps < maxSweeps && !converged)
        {
            sweeps++;
            // Jacobi: every new payment from the last ones. The edges run creditor by creditor, so
            // each party's losses add up in edge order with no branch on how many it has; then the
            // payments a vector at a time.
            var paid = _paid.AsSpan(0, size);
            lost.Clear();
            for (var e = 0; e < to.Length; e++)
            {
                var d = from[e];
                lost[to[e]] += share[e] * (owes[d] - paid[d]);
            }
            var change = Update(size, beta, _next.AsSpan(0, size));
            (_paid, _next) = (_next, _paid);
            converged = change <= tolerance;
        }
        return (converged, sweeps);
    }

    /// <summary>
    /// next = min(cap, α e + β (r − lost)) for every defaulted party, a vector at a time; returns the
    /// largest change from the last payments.
    /// </summary>
    private double Update(int size, double beta, Span<double> next)
    {
        ReadOnlySpan<double> top = _top.AsSpan(0, size);
        ReadOnlySpan<double> own = _own.AsSpan(0, size);
        ReadOnlySpan<double> owedTo = _owedTo.AsSpan(0, size);
        ReadOnlySpan<double> lost = _lost.AsSpan(0, size);
        ReadOnlySpan<double> paid = _paid.AsSpan(0, size);
        var change = 0.0;
        var x = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var betas = new Vector<double>(beta);
            var changes = Vector<double>.Zero;
            for (; x + Vector<double>.Count <= size; x += Vector<double>.Count)
            {
                var value = Vector.Min(new Vector<double>(top[x..]), new Vector<double>(own[x..]) + betas * (new Vector<double>(owedTo[x..]) - new Vector<double>(lost[x..])));
                changes = Vector.Max(changes, Vector.Abs(value - new Vector<double>(paid[x..])));
                value.CopyTo(next[x..]);
            }
            for (var lane = 0; lane < Vector<double>.Count; lane++)
            {
                change = Math.Max(change, changes[lane]);
            }
        }
        for (; x < size; x++)
        {
            var value = Math.Min(top[x], own[x] + beta * (owedTo[x] - lost[x]));
            change = Math.Max(change, Math.Abs(value - paid[x]));
            next[x] = value;
        }
        return change;
    }

    /// <summary>
    /// The liabilities between defaulted parties, grouped by creditor (a stable counting sort, so
    /// each creditor's edges keep the order of <paramref name="unpaid"/>) into _to (the creditor's
    /// dense number), _from (the debtor's) and _share (weight Π). Returns how many there are.
    /// </summary>
    private int GroupInnerEdgesByCreditor(LiabilityList unpaid)
    {
        var size = Count;
        var debtor = unpaid.Debtor;
        var creditor = unpaid.Creditor;
        var weight = unpaid.Weight;
        EnsureLength(ref _hits, debtor.Length);
        EnsureLength(ref _x, debtor.Length);
        var edges = FindInnerEdges(creditor);
        // The creditors' dense numbers in a loop of their own: there the scattered reads of
        // _localOf overlap (inside the scan they cost 25 ns each, most of the grouping).
        var hits = _hits.AsSpan(0, edges);
        var x = _x.AsSpan(0, edges);
        for (var h = 0; h < hits.Length; h++)
        {
            x[h] = _localOf[creditor[hits[h]]];
        }
        // Where each creditor's edges start: counts, then their running sum before each.
        var at = _at.AsSpan(0, size);
        at.Clear();
        foreach (var to in x)
        {
            at[to]++;
        }
        for (var (i, sum) = (0, 0); i < size; i++)
        {
            (at[i], sum) = (sum, sum + at[i]);
        }
        EnsureLength(ref _to, edges);
        EnsureLength(ref _from, edges);
        EnsureLength(ref _share, edges);
        for (var h = 0; h < hits.Length; h++)
        {
            var slot = at[x[h]]++;
            (_to[slot], _from[slot], _share[slot]) = (x[h], debtor[hits[h]], weight[hits[h]]);
        }
        return edges;
    }

    /// <summary>
    /// Writes to _hits the positions, in order, of the liabilities whose creditor is defaulted
    /// (about one in ten) and returns how many. With AVX-512 eight at a time and without a branch on
    /// the data: gather the creditors' words of the member bits, compress the positions of the set bits.
    /// </summary>
    private unsafe int FindInnerEdges(ReadOnlySpan<int> creditor)
    {
        var hits = 0;
        var k = 0;
        if (Avx512F.VL.IsSupported)
        {
            var lanes = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            var low5 = Vector256.Create(31u);
            fixed (int* cp = creditor)
            fixed (ulong* bits = Members.Words)
            fixed (int* hp = _hits)
            {
                for (; k + Vector256<int>.Count <= creditor.Length; k += Vector256<int>.Count)
                {
                    var c = Avx.LoadVector256(cp + k);
                    var word = Avx2.GatherVector256((int*)bits, Avx2.ShiftRightLogical(c, 5), 4).AsUInt32();
                    var bit = Avx2.ShiftRightLogicalVariable(word, c.AsUInt32() & low5) & Vector256<uint>.One;
                    var hit = Vector256.Equals(bit, Vector256<uint>.One).AsInt32();
                    // Compress writes all eight lanes (the unused ones zero): _hits has room, as hits ≤ k.
                    Avx.Store(hp + hits, Avx512F.VL.Compress(Vector256<int>.Zero, hit, lanes + Vector256.Create(k)));
                    hits += BitOperations.PopCount(hit.ExtractMostSignificantBits());
                }
            }
        }
        for (; k < creditor.Length; k++)
        {
            if (Members.Contains(creditor[k]))
            {
                _hits[hits++] = k;
            }
        }
        return hits;
    }

    private static void EnsureLength<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            ArrayPool<T>.Shared.Return(array);
            array = ArrayPool<T>.Shared.Rent(length);
        }
    }

    public void Dispose()
    {
        Members.Dispose();
        ArrayPool<int>.Shared.Return(_party);
        ArrayPool<int>.Shared.Return(_localOf);
        ArrayPool<int>.Shared.Return(_at);
        ArrayPool<int>.Shared.Return(_hits);
        ArrayPool<int>.Shared.Return(_x);
        ArrayPool<int>.Shared.Return(_to);
        ArrayPool<int>.Shared.Return(_from);
        ArrayPool<double>.Shared.Return(_share);
        foreach (var array in new[] { _top, _own, _owedTo, _owes, _paid, _next, _accounted, _fall, _lost })
        {
            ArrayPool<double>.Shared.Return(array);
        }
    }
}
