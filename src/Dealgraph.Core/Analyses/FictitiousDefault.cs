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
/// debtors enter that sum, so after two passes over all liabilities (p̄ and r, then grouping them
/// by debtor, both split over the cores) each round touches only the liabilities of D, and the
/// sweeps run on a dense copy of the defaulted block that stays in cache. The large arrays are
/// rented from <see cref="ArrayPool{T}"/> and returned on <see cref="Dispose"/>: fresh memory
/// costs a page fault per 4 KiB on first touch, which on virtual machines can cost more than the
/// whole computation (see bench/RESULTS.md).
/// </para>
/// </summary>
public sealed class FictitiousDefault : IDisposable
{
    // Below this many liabilities a pass is too short to pay for a second thread.
    private const int ParallelThreshold = 1 << 16;

    private readonly int _n;

    // Liabilities grouped by debtor: those of debtor d sit at [_start[d], _start[d + 1]), in input order.
    private readonly int[] _start;
    private readonly int[] _creditorOf;
    private readonly double[] _weightOf;
    private readonly double[] _owed;
    private readonly double[] _receivable;

    /// <summary>Computes p̄ and r and groups the liabilities by debtor, with Π_ij = L_ij / p̄_i for each.</summary>
    public FictitiousDefault(int parties, int[] debtor, int[] creditor, double[] amount)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        _n = parties;
        _start = ArrayPool<int>.Shared.Rent(parties + 1);
        _creditorOf = ArrayPool<int>.Shared.Rent(debtor.Length);
        _weightOf = ArrayPool<double>.Shared.Rent(debtor.Length);
        _owed = ArrayPool<double>.Shared.Rent(parties);
        _receivable = ArrayPool<double>.Shared.Rent(parties);
        Index(debtor, creditor, amount);
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
        var owed = _owed;
        var receivable = _receivable;
        Array.Copy(owed, p, _n);
        var defaulted = new List<int>();
        for (var i = 0; i < _n; i++)
        {
            if (round[i] >= 0)
            {
                defaulted.Add(i);
            }
        }
        var lost = ArrayPool<double>.Shared.Rent(_n);
        Sweeps = 0;
        Rounds = 0;
        Converged = true;
        while (true)
        {
            if (defaulted.Count > 0)
            {
                Converged &= SolveDefaulted(p, round, defaulted, assets, cap, alpha, beta, tolerance, maxSweeps);
            }
            // What each party does not receive because its debtors defaulted.
            Array.Clear(lost, 0, _n);
            foreach (var d in defaulted)
            {
                var shortfall = owed[d] - p[d];
                for (var s = _start[d]; s < _start[d + 1]; s++)
                {
                    lost[_creditorOf[s]] += _weightOf[s] * shortfall;
                }
            }
            var before = defaulted.Count;
            for (var i = 0; i < _n; i++)
            {
                if (round[i] < 0 && assets[i] + (receivable[i] - lost[i]) < owed[i] - tolerance)
                {
                    round[i] = Rounds + 1;
                    defaulted.Add(i);
                }
            }
            if (defaulted.Count == before)
            {
                ArrayPool<double>.Shared.Return(lost);
                return;
            }
            Rounds++;
        }
    }

    /// <summary>
    /// Solves the defaulted block: received_i = r_i − Σ Π_ji (p̄_j − p_j) over liabilities between
    /// defaulted parties; liabilities to parties that pay in full do not enter it. The block is
    /// copied into dense arrays first, so the sweeps run in cache however large the network.
    /// </summary>
    private bool SolveDefaulted(double[] p, int[] round, List<int> defaulted, double[] assets, double[] cap,
        double alpha, double beta, double tolerance, int maxSweeps)
    {
        var size = defaulted.Count;
        var local = new Dictionary<int, int>(size);
        var top = new double[size];
        var own = new double[size];
        var owedTo = new double[size];
        var owes = new double[size];
        var paid = new double[size];
        for (var x = 0; x < size; x++)
        {
            var i = defaulted[x];
            local[i] = x;
            (top[x], own[x], owedTo[x], owes[x], paid[x]) = (cap[i], alpha * assets[i], _receivable[i], _owed[i], p[i]);
        }
        var from = new List<int>();
        var to = new List<int>();
        var weight = new List<double>();
        for (var x = 0; x < size; x++)
        {
            var d = defaulted[x];
            for (var s = _start[d]; s < _start[d + 1]; s++)
            {
                if (round[_creditorOf[s]] >= 0)
                {
                    from.Add(x);
                    to.Add(local[_creditorOf[s]]);
                    weight.Add(_weightOf[s]);
                }
            }
        }
        var lost = new double[size];
        var next = new double[size];
        var converged = false;
        for (var sweep = 0; sweep < maxSweeps && !converged; sweep++)
        {
            Sweeps++;
            Array.Clear(lost);
            for (var k = 0; k < from.Count; k++)
            {
                var d = from[k];
                lost[to[k]] += weight[k] * (owes[d] - paid[d]);
            }
            var change = 0.0;
            for (var x = 0; x < size; x++)
            {
                var value = Math.Min(top[x], own[x] + beta * (owedTo[x] - lost[x]));
                change = Math.Max(change, Math.Abs(value - paid[x]));
                next[x] = value;
            }
            (paid, next) = (next, paid);
            converged = change <= tolerance;
        }
        for (var x = 0; x < size; x++)
        {
            p[defaulted[x]] = paid[x];
        }
        return converged;
    }

    /// <summary>Returns the rented arrays to the pool.</summary>
    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_start);
        ArrayPool<int>.Shared.Return(_creditorOf);
        ArrayPool<double>.Shared.Return(_weightOf);
        ArrayPool<double>.Shared.Return(_owed);
        ArrayPool<double>.Shared.Return(_receivable);
    }

    /// <summary>
    /// One pass over the liabilities computes p̄ and r and counts each debtor's liabilities; a
    /// second one places each liability's creditor and weight under its debtor. Each core takes a
    /// contiguous share of the liabilities with arrays of its own, so no write is shared.
    /// </summary>
    private void Index(int[] debtor, int[] creditor, double[] amount)
    {
        var parts = Parts(debtor.Length);
        var owed = new double[parts.Length][];
        var receivable = new double[parts.Length][];
        var next = new int[parts.Length][];
        for (var t = 0; t < parts.Length; t++)
        {
            (owed[t], receivable[t], next[t]) = t == 0
                ? (_owed, _receivable, ArrayPool<int>.Shared.Rent(_n))
                : (ArrayPool<double>.Shared.Rent(_n), ArrayPool<double>.Shared.Rent(_n), ArrayPool<int>.Shared.Rent(_n));
        }
        Parallel.For(0, parts.Length, t =>
        {
            var (start, end) = parts[t];
            var (o, r, c) = (owed[t], receivable[t], next[t]);
            Array.Clear(o, 0, _n);
            Array.Clear(r, 0, _n);
            Array.Clear(c, 0, _n);
            for (var k = start; k < end; k++)
            {
                var d = debtor[k];
                o[d] += amount[k];
                r[creditor[k]] += amount[k];
                c[d]++;
            }
        });
        // Core t's first slot for debtor d follows d's liabilities in the shares before t.
        var slot = 0;
        for (var d = 0; d < _n; d++)
        {
            _start[d] = slot;
            for (var t = 0; t < parts.Length; t++)
            {
                (slot, next[t][d]) = (slot + next[t][d], slot);
            }
            for (var t = 1; t < parts.Length; t++)
            {
                owed[0][d] += owed[t][d];
                receivable[0][d] += receivable[t][d];
            }
        }
        _start[_n] = slot;
        var total = _owed;
        Parallel.For(0, parts.Length, t =>
        {
            var (start, end) = parts[t];
            var mine = next[t];
            for (var k = start; k < end; k++)
            {
                var d = debtor[k];
                var s = mine[d]++;
                _creditorOf[s] = creditor[k];
                _weightOf[s] = total[d] > 0 ? amount[k] / total[d] : 0;
            }
        });
        for (var t = 0; t < parts.Length; t++)
        {
            ArrayPool<int>.Shared.Return(next[t]);
            if (t > 0)
            {
                ArrayPool<double>.Shared.Return(owed[t]);
                ArrayPool<double>.Shared.Return(receivable[t]);
            }
        }
    }

    private static (int Start, int End)[] Parts(int m)
    {
        var count = m < ParallelThreshold ? 1 : Environment.ProcessorCount;
        var parts = new (int, int)[count];
        for (var t = 0; t < count; t++)
        {
            parts[t] = ((int)((long)m * t / count), (int)((long)m * (t + 1) / count));
        }
        return parts;
    }
}
