using System.Buffers;

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
    private readonly double[] _paid;
    private readonly double[] _next;
    private readonly double[] _lost;
    private readonly double[] _accounted;
    private readonly LiabilityList _inner = new(1024);

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
        _lost = ArrayPool<double>.Shared.Rent(parties);
        _accounted = ArrayPool<double>.Shared.Rent(parties);
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
    /// The payment each one's creditors have been charged for so far (see
    /// <see cref="FictitiousDefault"/>): p̄ when it joins, its payment after each accounting.
    /// </summary>
    public Span<double> Accounted => _accounted.AsSpan(0, Count);

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
        _inner.Clear();
        var debtor = unpaid.Debtor;
        var creditor = unpaid.Creditor;
        var weight = unpaid.Weight;
        for (var k = 0; k < debtor.Length; k++)
        {
            var c = creditor[k];
            if (Members.Contains(c))
            {
                _inner.Add(debtor[k], _localOf[c], weight[k]);
            }
        }
        var from = _inner.Debtor;
        var to = _inner.Creditor;
        var share = _inner.Weight;
        var size = Count;
        var top = _top.AsSpan(0, size);
        var own = _own.AsSpan(0, size);
        var owedTo = _owedTo.AsSpan(0, size);
        var owes = _owes.AsSpan(0, size);
        var paid = _paid.AsSpan(0, size);
        var next = _next.AsSpan(0, size);
        var lost = _lost.AsSpan(0, size);
        var (converged, sweeps) = (false, 0);
        while (sweeps < maxSweeps && !converged)
        {
            sweeps++;
            lost.Clear();
            for (var k = 0; k < from.Length; k++)
            {
                var d = from[k];
                lost[to[k]] += share[k] * (owes[d] - paid[d]);
            }
            var change = 0.0;
            for (var x = 0; x < size; x++)
            {
                var value = Math.Min(top[x], own[x] + beta * (owedTo[x] - lost[x]));
                change = Math.Max(change, Math.Abs(value - paid[x]));
                next[x] = value;
            }
            next.CopyTo(paid);
            converged = change <= tolerance;
        }
        return (converged, sweeps);
    }

    public void Dispose()
    {
        Members.Dispose();
        _inner.Dispose();
        ArrayPool<int>.Shared.Return(_party);
        ArrayPool<int>.Shared.Return(_localOf);
        foreach (var array in new[] { _top, _own, _owedTo, _owes, _paid, _next, _lost, _accounted })
        {
            ArrayPool<double>.Shared.Return(array);
        }
    }
}
