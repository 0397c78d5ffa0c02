using System.Buffers;

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
/// debtors enter that sum. One pass over all liabilities computes p̄ and r and threads each
/// debtor's liabilities into a list (<see cref="DebtorLists"/>); each round walks the lists of
/// the parties that have just defaulted, and everything after that runs on those few. On several
/// cores (<see cref="PassCrew"/>) p̄ and r (one pass) and each share of the lists are tasks of
/// their own, and a large round's walks are cut into parts by its size alone, so results do not
/// depend on the threads.
/// The sweeps run on a dense copy of the defaulted block (<see cref="DefaultedBlock"/>), and each
/// full payer's headroom, assets + r − p̄ − what its defaulted debtors fail to pay, is kept up to
/// date by charging only the change in each defaulted debtor's payment: payments only fall, so
/// headroom only falls, and a party defaults the first time it falls below zero. Large
/// arrays are rented from <see cref="ArrayPool{T}"/>: fresh memory costs a page fault per 4 KiB
/// on first touch, which on virtual machines can cost more than the whole computation (see
/// bench/RESULTS.md).
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
    private readonly DebtorLists _lists;

    // The lists are threaded in up to ListShares shares, a number fixed by the data and not by the
    // cores: the shares set the order in which a debtor's liabilities are collected, and so the
    // order of the sums after them. Two tasks besides p̄ and r keep two cores busy; more cores would
    // wait for the p̄ and r pass anyway.
    private const int ListShares = 2;

    // A round's collecting is cut into up to CollectParts parts of at least CollectPartSize parties.
    private const int CollectParts = 4;
    private const int CollectPartSize = 256;

    /// <summary>
    /// Computes p̄ and r. The engine keeps the three liability columns, not copies: they must not
    /// change until it is disposed.
    /// </summary>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A party index is outside [0, <paramref name="parties"/>).</exception>
    public FictitiousDefault(int parties, int[] debtor, int[] creditor, double[] amount)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentOutOfRangeException.ThrowIfNegative(parties);
        if (creditor.Length != debtor.Length || amount.Length != debtor.Length)
        {
            throw new ArgumentException("The liability columns differ in length.", nameof(amount));
        }
        (_n, _debtor, _creditor, _amount) = (parties, debtor, creditor, amount);
        _blocks = RowBlocks.CountFor(debtor.Length, ListShares);
        _owed = ArrayPool<double>.Shared.Rent(parties);
        _receivable = ArrayPool<double>.Shared.Rent(parties);
        _lists = new DebtorLists(parties, debtor.Length, _blocks);
        Totals();
    }

    /// <summary>p̄: what each party owes in all (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<double> Owed => _owed.AsSpan(0, _n);

    /// <summary>r: what each party is owed in all (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlySpan<double> Receivable => _receivable.AsSpan(0, _n);

    /// <summary>
    /// The scale of the solve's tolerance: the largest of 1, every p̄ and every figure of
    /// <paramref name="assets"/> (taken before any failed party's cap is cut).
    /// </summary>
    public double ToleranceScale(ReadOnlySpan<double> assets) => Math.Max(1.0, Math.Max(PartySums.Largest(Owed), PartySums.Largest(assets)));

    /// <summary>Sweeps of the defaulted block in the last <see cref="Run"/>, all rounds together.</summary>
    public int Sweeps { get; private set; }

    /// <summary>Rounds of the cascade in the last <see cref="Run"/> (0 when no one defaulted beyond the failed).</summary>
    public int Rounds { get; private set; }

    /// <summary>False when an inner solve hit the sweep limit.</summary>
    public bool Converged { get; private set; }

    /// <summary>
    /// Runs the algorithm and writes the payments into <paramref name="p"/> (one per party).
    /// <paramref name="round"/> is -1 for parties that pay in full, 0 for the failed ones (marked by
    /// the caller) and k for those that default in round k. <paramref name="tolerance"/> bounds the
    /// block solve's last sweep (absolute); whether a party defaults is decided on its own scale
    /// (<see cref="PartySums.Headroom"/>).
    /// </summary>
    public void Run(double[] assets, double[] cap, int[] round, double alpha, double beta, double tolerance, int maxSweeps, double[] p)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(cap);
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(p);
        var (n, owed, receivable) = (_n, _owed, _receivable);
        using var block = new DefaultedBlock(n);
        using var unpaid = new LiabilityList(_debtor.Length / 16);
        var found = new LiabilityList?[CollectParts];
        var headroom = ArrayPool<double>.Shared.Rent(n);
        (Sweeps, Rounds, Converged) = (0, 0, true);
        try
        {
            PartySums.Headroom(assets.AsSpan(0, n), Receivable, Owed, ClearingVector.RelativeTolerance, headroom.AsSpan(0, n));
            // The failed (round ≥ 0) among the many -1s, found a vector at a time.
            for (var from = 0; round.AsSpan(from, n - from).IndexOfAnyExcept(-1) is var j and >= 0; from += j + 1)
            {
                var i = from + j;
                Default(i, round[i], block, headroom, round, assets, cap, alpha);
            }
            var collected = 0;
            var batches = new List<Batch>();
            while (true)
            {
                if (block.Count > collected)
                {
                    var firstEntry = unpaid.Count;
                    Collect(block, collected, found, unpaid);
                    batches.Add(new Batch(collected, block.Count, firstEntry, unpaid.Count));
                    collected = block.Count;
                    var (converged, sweeps) = block.Solve(unpaid, beta, tolerance, maxSweeps);
                    (Converged, Sweeps) = (Converged && converged, Sweeps + sweeps);
                }
                var next = Rounds + 1;
                ChargeLosses(unpaid, batches, block, headroom, next, round, assets, cap, alpha);
                if (Rounds == 0)
                {
                    // Some may be short before any loss (the defaulted have infinite headroom).
                    for (var i = PartySums.FirstBelow(headroom.AsSpan(0, n), 0, 0); i >= 0; i = PartySums.FirstBelow(headroom.AsSpan(0, n), 0, i + 1))
                    {
                        Default(i, next, block, headroom, round, assets, cap, alpha);
                    }
                }
                if (block.Count == collected)
                {
                    break;
                }
                Rounds++;
            }
            Array.Copy(owed, p, n);
            var parties = block.Parties;
            var paid = block.Paid;
            for (var x = 0; x < parties.Length; x++)
            {
                p[parties[x]] = paid[x];
            }
        }
        finally
        {
            foreach (var part in found)
            {
                part?.Dispose();
            }
            ArrayPool<double>.Shared.Return(headroom);
        }
    }

    /// <summary>
    /// Appends to <paramref name="unpaid"/> the liabilities of the parties that defaulted since
    /// <paramref name="from"/>. Walking the lists is a cache miss a step, so a large round is cut
    /// into parts walked on several cores (more misses in flight) and appended in part order: the
    /// number of parts depends on the round's size only, so the order does not depend on the threads.
    /// </summary>
    private void Collect(DefaultedBlock block, int from, LiabilityList?[] found, LiabilityList unpaid)
    {
        var count = block.Count - from;
        var parts = Math.Clamp(count / CollectPartSize, 1, found.Length);
        if (parts == 1)
        {
            _lists.Collect(block, from, block.Count, _creditor, _amount, Owed, unpaid);
            return;
        }
        for (var part = 0; part < parts; part++)
        {
            (found[part] ??= new LiabilityList(_debtor.Length / 64)).Clear();
        }
        PassCrew.Shared.Run(parts, part => _lists.Collect(block, from + RowBlocks.Start(count, parts, part), from + RowBlocks.Start(count, parts, part + 1),
            _creditor, _amount, Owed, found[part]!));
        for (var part = 0; part < parts; part++)
        {
            unpaid.Append(found[part]!);
        }
    }

    /// <summary>
    /// Charges each full payer for the fall in its defaulted debtors' payments since they were last
    /// charged, and defaults in round <paramref name="next"/> those whose headroom goes below zero.
    /// A batch (the liabilities collected in one round) whose debtors' payments have not moved is
    /// skipped whole: its charges would all be zero (the failed parties' after round 0 when nothing
    /// is recovered from them).
    /// </summary>
    private void ChargeLosses(LiabilityList unpaid, List<Batch> batches, DefaultedBlock block, double[] headroom, int next,
        int[] round, double[] assets, double[] cap, double alpha)
    {
        var debtor = unpaid.Debtor;
        var creditor = unpaid.Creditor;
        var weight = unpaid.Weight;
        var fall = block.Unaccounted();
        foreach (var batch in batches)
        {
            if (!fall[batch.FirstParty..batch.EndParty].ContainsAnyExcept(0.0))
            {
                continue;
            }
            for (var k = batch.FirstEntry; k < batch.EndEntry; k++)
            {
                // No test for defaulted creditors: their headroom is +∞, which a charge leaves +∞.
                var c = creditor[k];
                var left = headroom[c] -= weight[k] * fall[debtor[k]];
                if (left < 0)
                {
                    Default(c, next, block, headroom, round, assets, cap, alpha);
                }
            }
        }
        block.Account(fall.Length);
    }

    /// <summary>Defaults a party in round <paramref name="next"/> (the failed: the round the caller marked); from now on its headroom is +∞, so charges never default it again.</summary>
    private void Default(int party, int next, DefaultedBlock block, double[] headroom, int[] round, double[] assets, double[] cap, double alpha)
    {
        headroom[party] = double.PositiveInfinity;
        round[party] = next;
        block.Add(party, cap[party], alpha * assets[party], _receivable[party], _owed[party]);
    }

    /// <summary>Returns the rented arrays to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_owed);
        ArrayPool<double>.Shared.Return(_receivable);
        _lists.Dispose();
    }

    /// <summary>The liabilities collected in one round: those of defaulted parties [FirstParty, EndParty) (dense numbers), at [FirstEntry, EndEntry) of the list.</summary>
    private readonly record struct Batch(int FirstParty, int EndParty, int FirstEntry, int EndEntry);

    /// <summary>
    /// p̄, r and the debtors' lists in one go: one task sums p̄ and r in input order (so the sums
    /// are those of a plain loop, whatever the threads), and one per share threads the lists; the
    /// tasks are shared out over the cores.
    /// </summary>
    private void Totals()
    {
        var tasks = 1 + _blocks;
        if (_blocks == 1)
        {
            for (var t = 0; t < tasks; t++)
            {
                Part(t);
            }
        }
        else
        {
            PassCrew.Shared.Run(tasks, Part);
        }

        void Part(int t)
        {
            if (t == 0)
            {
                // Cleared here, beside the lists, not before the pass.
                Array.Clear(_owed, 0, _n);
                Array.Clear(_receivable, 0, _n);
                PartySums.Add(_debtor, _creditor, _amount, _owed.AsSpan(0, _n), _receivable.AsSpan(0, _n));
                return;
            }
            var share = t - 1;
            var (start, end) = (RowBlocks.Start(_debtor.Length, _blocks, share), RowBlocks.Start(_debtor.Length, _blocks, share + 1));
            _lists.Thread(share, _debtor.AsSpan(start, end - start), start);
        }
    }
}
