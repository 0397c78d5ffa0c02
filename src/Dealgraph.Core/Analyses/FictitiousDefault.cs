using System.Buffers;
using System.Runtime.InteropServices;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The numeric core of the clearing, in <c>double</c>: Eisenberg and Noe's fictitious default
/// algorithm (Management Science 47(2), 2001, §3), extended with Rogers and Veraart's default
/// costs (Management Science 59(4), 2013, the "Greatest Clearing Vector Algorithm").
/// Start with everyone paying in full and the failed parties defaulted (round 0). Each round,
/// solve for the payments of the defaulted set D with everyone else paying in full —
/// p_i = min(cap_i, α e_i + β received_i) for i in D — then add every party whose assets plus
/// receipts no longer cover what it owes; those default in this round. Stop when no one new
/// defaults. The inner system is solved by Jacobi sweeps from above (the map is monotone, so the
/// sweeps decrease to its greatest fixed point, also when the linear system is singular).
/// <para>
/// Why it is fast: what a party receives is what it is owed minus what its defaulted debtors
/// fail to pay, received_i = r_i − Σ_{j∈D} Π_ji (p̄_j − p_j). Only liabilities of defaulted
/// debtors enter that sum. One pass over all liabilities computes p̄ and r and collects the
/// liabilities of the failed parties; each later round reads the debtor column once to collect
/// those of the parties that defaulted in the round before (both passes split over the cores);
/// everything else runs on those few, the sweeps on a dense copy of the defaulted block
/// (<see cref="DefaultedBlock"/>). Nothing is grouped or sorted, which would cost two more
/// scattered passes over all liabilities. Large arrays are rented from
/// <see cref="ArrayPool{T}"/> and returned on <see cref="Dispose"/>: fresh memory costs a page
/// fault per 4 KiB on first touch, which on virtual machines can cost more than the whole
/// computation (see bench/RESULTS.md).
/// </para>
/// </summary>
public sealed class FictitiousDefault : IDisposable
{
    private readonly int _n;
    private readonly int[] _debtor;
    private readonly int[] _creditor;
    private readonly double[] _amount;
    private readonly int _blocks;
    private readonly double[] _owed;
    private readonly double[] _receivable;

    // Per core, the liabilities its share found in the last pass; and those of the failed parties.
    private readonly LiabilityList[] _found;
    private readonly LiabilityList _ofFailed;
    private readonly ulong[] _failed;

    /// <summary>
    /// Computes p̄ and r, and collects the liabilities of the <paramref name="failed"/> parties in
    /// the same pass (<see cref="Run"/> then starts from them when its round-0 parties are these).
    /// The engine keeps the three liability columns, not copies: they must not change until it is
    /// disposed.
    /// </summary>
    public FictitiousDefault(int parties, int[] debtor, int[] creditor, double[] amount, ReadOnlySpan<int> failed = default)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        if (creditor.Length != debtor.Length || amount.Length != debtor.Length)
        {
            throw new ArgumentException("The liability columns differ in length.", nameof(amount));
        }
        (_n, _debtor, _creditor, _amount) = (parties, debtor, creditor, amount);
        _blocks = RowBlocks.CountFor(debtor.Length, Environment.ProcessorCount);
        _owed = ArrayPool<double>.Shared.Rent(parties);
        _receivable = ArrayPool<double>.Shared.Rent(parties);
        _found = new LiabilityList[_blocks];
        for (var t = 0; t < _found.Length; t++)
        {
            _found[t] = new LiabilityList(debtor.Length / 64 / _found.Length);
        }
        _ofFailed = new LiabilityList(debtor.Length / 64);
        _failed = LiabilityScan.Marks(failed, parties);
        Totals();
    }

    /// <summary>p̄: what each party owes in all (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<double> Owed => _owed.AsSpan(0, _n);

    /// <summary>r: what each party is owed in all (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<double> Receivable => _receivable.AsSpan(0, _n);

    /// <summary>Sweeps of the defaulted block in the last <see cref="Run"/>, all rounds together.</summary>
    public int Sweeps { get; private set; }

    /// <summary>Rounds of the cascade in the last <see cref="Run"/> (0 when no one defaulted beyond the failed).</summary>
    public int Rounds { get; private set; }

    /// <summary>False when an inner solve hit the sweep limit.</summary>
    public bool Converged { get; private set; }

    /// <summary>
    /// Runs the algorithm and writes the payments into <paramref name="p"/> (one per party).
    /// <paramref name="round"/> is -1 for parties that pay in full, 0 for the failed ones (marked by
    /// the caller) and k for those that default in round k.
    /// </summary>
    public void Run(double[] assets, double[] cap, int[] round, double alpha, double beta, double tolerance, int maxSweeps, double[] p)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(cap);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(p);
        var (owed, receivable) = (_owed, _receivable);
        Array.Copy(owed, p, _n);
        var defaulted = new List<int>();
        for (var i = 0; i < _n; i++)
        {
            if (round[i] >= 0)
            {
                defaulted.Add(i);
            }
        }
        // The liabilities of defaulted debtors, by round of default, then in input order.
        using var unpaid = new LiabilityList(_ofFailed.Count);
        var lost = ArrayPool<double>.Shared.Rent(_n);
        (Sweeps, Rounds, Converged) = (0, 0, true);
        var collected = 0;
        try
        {
            while (true)
            {
                if (defaulted.Count > collected)
                {
                    var newly = CollectionsMarshal.AsSpan(defaulted)[collected..];
                    if (collected == 0 && LiabilityScan.MarksExactly(_failed, newly, _n))
                    {
                        unpaid.AddRange(_ofFailed);
                    }
                    else
                    {
                        CollectLiabilitiesOf(newly, unpaid);
                    }
                    collected = defaulted.Count;
                    var (converged, sweeps) = DefaultedBlock.Solve(CollectionsMarshal.AsSpan(defaulted), unpaid, round, p,
                        Owed, Receivable, assets, cap, alpha, beta, tolerance, maxSweeps);
                    (Converged, Sweeps) = (Converged && converged, Sweeps + sweeps);
                }
                // What each party does not receive because its debtors defaulted. Only creditors of
                // defaulted debtors lose anything, and what they lose only grows from round to round
                // (payments fall as D grows), so after the first round, which checks everyone (some
                // may be short before any loss), only those creditors can newly default.
                var debtor = unpaid.Debtor;
                var creditor = unpaid.Creditor;
                var weight = unpaid.Weight;
                if (Rounds == 0)
                {
                    Array.Clear(lost, 0, _n);
                }
                else
                {
                    foreach (var c in creditor)
                    {
                        lost[c] = 0;
                    }
                }
                for (var k = 0; k < debtor.Length; k++)
                {
                    var d = debtor[k];
                    lost[creditor[k]] += weight[k] * (owed[d] - p[d]);
                }
                var next = Rounds + 1;
                if (Rounds == 0)
                {
                    for (var i = 0; i < _n; i++)
                    {
                        MarkIfShort(i, next, round, assets, receivable, lost, owed, tolerance, defaulted);
                    }
                }
                else
                {
                    foreach (var c in creditor)
                    {
                        MarkIfShort(c, next, round, assets, receivable, lost, owed, tolerance, defaulted);
                    }
                }
                if (defaulted.Count == collected)
                {
                    return;
                }
                Rounds++;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(lost);
        }
    }

    /// <summary>Defaults party <paramref name="i"/> in round <paramref name="next"/> if, still paying, its assets and receipts no longer cover what it owes.</summary>
    private static void MarkIfShort(int i, int next, int[] round, double[] assets, double[] receivable, double[] lost, double[] owed,
        double tolerance, List<int> defaulted)
    {
        if (round[i] < 0 && assets[i] + (receivable[i] - lost[i]) < owed[i] - tolerance)
        {
            round[i] = next;
            defaulted.Add(i);
        }
    }

    /// <summary>Returns the rented arrays to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_owed);
        ArrayPool<double>.Shared.Return(_receivable);
        ArrayPool<ulong>.Shared.Return(_failed);
        _ofFailed.Dispose();
        foreach (var list in _found)
        {
            list.Dispose();
        }
    }

    /// <summary>
    /// p̄ and r in one pass, collecting the failed parties' liabilities on the way: each core sums
    /// a contiguous share into arrays of its own, added up at the end.
    /// </summary>
    private void Totals()
    {
        var owed = new double[_blocks][];
        var receivable = new double[_blocks][];
        for (var t = 0; t < _blocks; t++)
        {
            (owed[t], receivable[t]) = t == 0 ? (_owed, _receivable) : (ArrayPool<double>.Shared.Rent(_n), ArrayPool<double>.Shared.Rent(_n));
        }
        RowBlocks.Run(_debtor.Length, _blocks, (t, start, end) =>
        {
            Array.Clear(owed[t], 0, _n);
            Array.Clear(receivable[t], 0, _n);
            LiabilityScan.Totals(_debtor.AsSpan(start, end - start), _creditor.AsSpan(start, end - start), _amount.AsSpan(start, end - start),
                _failed, owed[t], receivable[t], _found[t]);
        });
        for (var t = 1; t < _blocks; t++)
        {
            var (o, r) = (owed[t], receivable[t]);
            for (var d = 0; d < _n; d++)
            {
                _owed[d] += o[d];
                _receivable[d] += r[d];
            }
            ArrayPool<double>.Shared.Return(o);
            ArrayPool<double>.Shared.Return(r);
        }
        foreach (var list in _found)
        {
            _ofFailed.AddRange(list);
        }
        _ofFailed.DivideByOwed(0, Owed);
    }

    /// <summary>
    /// Appends the liabilities of the parties that have just defaulted, weighted Π = L / p̄: one
    /// read of the debtor column against a bit set of those parties (small enough for the
    /// first-level cache), each core a contiguous share, appended in share order (input order).
    /// </summary>
    private void CollectLiabilitiesOf(ReadOnlySpan<int> newlyDefaulted, LiabilityList unpaid)
    {
        var marked = LiabilityScan.Marks(newlyDefaulted, _n);
        RowBlocks.Run(_debtor.Length, _blocks, (t, start, end) =>
            LiabilityScan.Collect(_debtor.AsSpan(start, end - start), _creditor.AsSpan(start, end - start), _amount.AsSpan(start, end - start),
                marked, _found[t]));
        ArrayPool<ulong>.Shared.Return(marked);
        var from = unpaid.Count;
        foreach (var list in _found)
        {
            unpaid.AddRange(list);
        }
        unpaid.DivideByOwed(from, Owed);
    }
}
