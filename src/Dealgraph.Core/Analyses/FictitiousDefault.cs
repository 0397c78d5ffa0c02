namespace Dealgraph.Core.Analyses;

/// <summary>
/// The numeric core of the clearing, in <c>double</c>: Eisenberg and Noe's fictitious default
/// algorithm (Management Science 47(2), 2001, §3), extended with Rogers and Veraart's default
/// costs (Management Science 59(4), 2013, the "Greatest Clearing Vector Algorithm").
/// Start with everyone paying in full and the failed parties defaulted (round 0). Each round,
/// solve for the payments of the defaulted set D with everyone else paying in full —
/// p_i = min(cap_i, α e_i + β Σ_j Π_ji p_j) for i in D — then add every party whose assets plus
/// receipts no longer cover what it owes; those default in this round. Stop when no one new
/// defaults. The inner system is solved by Jacobi sweeps from above (the map is monotone, so the
/// sweeps decrease to its greatest fixed point, also when the linear system is singular); a
/// sweep passes only over liabilities between defaulted parties, since what the others pay is
/// fixed within a round. The check for new defaults is one pass over all liabilities. Passes go
/// over the liabilities in their given order (sequential reads; the scattered reads and writes
/// hit per-party arrays that stay in cache), single-threaded.
/// </summary>
public sealed class FictitiousDefault
{
    private readonly int _n;
    private readonly int[] _debtor;
    private readonly int[] _creditor;
    private readonly double[] _weight;

    /// <summary>Keeps the liabilities and computes Π_ij = L_ij / p̄_i for each.</summary>
    public FictitiousDefault(int parties, int[] debtor, int[] creditor, double[] amount, double[] owed)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(owed);
        _n = parties;
        _debtor = debtor;
        _creditor = creditor;
        _weight = new double[debtor.Length];
        for (var k = 0; k < debtor.Length; k++)
        {
            var o = owed[debtor[k]];
            _weight[k] = o > 0 ? amount[k] / o : 0;
        }
    }

    /// <summary>Sweeps of the defaulted block in the last <see cref="Run"/>, all rounds together.</summary>
    public int Sweeps { get; private set; }

    /// <summary>Rounds of the cascade in the last <see cref="Run"/> (0 when no one defaulted beyond the failed).</summary>
    public int Rounds { get; private set; }

    /// <summary>False when an inner solve hit the sweep limit.</summary>
    public bool Converged { get; private set; }

    /// <summary>
    /// Runs the algorithm. <paramref name="round"/> is -1 for parties that pay in full, 0 for the
    /// failed ones (marked by the caller) and k for those that default in round k. Returns p.
    /// </summary>
    public double[] Run(double[] owed, double[] assets, double[] cap, int[] round, double alpha, double beta, double tolerance, int maxSweeps)
    {
        ArgumentNullException.ThrowIfNull(owed);
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(cap);
        ArgumentNullException.ThrowIfNull(round);
        var p = (double[])owed.Clone();
        var inflow = new double[_n];
        var defaulted = new List<int>();
        for (var i = 0; i < _n; i++)
        {
            if (round[i] >= 0)
            {
                defaulted.Add(i);
            }
        }
        Sweeps = 0;
        Rounds = 0;
        Converged = true;
        while (true)
        {
            if (defaulted.Count > 0)
            {
                Converged &= SolveDefaulted(p, round, defaulted, assets, cap, alpha, beta, tolerance, maxSweeps);
            }
            Inflow(p, inflow);
            var before = defaulted.Count;
            for (var i = 0; i < _n; i++)
            {
                if (round[i] < 0 && assets[i] + inflow[i] < owed[i] - tolerance)
                {
                    round[i] = Rounds + 1;
                    defaulted.Add(i);
                }
            }
            if (defaulted.Count == before)
            {
                return p;
            }
            Rounds++;
        }
    }

    /// <summary>
    /// Solves the defaulted block: receipts from parties that pay in full are a constant per
    /// round, so each sweep only passes over the liabilities between defaulted parties.
    /// </summary>
    private bool SolveDefaulted(double[] p, int[] round, List<int> defaulted, double[] assets, double[] cap,
        double alpha, double beta, double tolerance, int maxSweeps)
    {
        var fixedPart = new double[_n];
        var subDebtor = new List<int>();
        var subCreditor = new List<int>();
        var subWeight = new List<double>();
        for (var k = 0; k < _debtor.Length; k++)
        {
            var c = _creditor[k];
            if (round[c] < 0)
            {
                continue;
            }
            var d = _debtor[k];
            if (round[d] >= 0)
            {
                subDebtor.Add(d);
                subCreditor.Add(c);
                subWeight.Add(_weight[k]);
            }
            else
            {
                fixedPart[c] += _weight[k] * p[d];
            }
        }
        var received = new double[_n];
        var next = new double[_n];
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            Sweeps++;
            foreach (var i in defaulted)
            {
                received[i] = fixedPart[i];
            }
            for (var k = 0; k < subDebtor.Count; k++)
            {
                received[subCreditor[k]] += subWeight[k] * p[subDebtor[k]];
            }
            var change = 0.0;
            foreach (var i in defaulted)
            {
                var value = Math.Min(cap[i], alpha * assets[i] + beta * received[i]);
                change = Math.Max(change, Math.Abs(value - p[i]));
                next[i] = value;
            }
            foreach (var i in defaulted)
            {
                p[i] = next[i];
            }
            if (change <= tolerance)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>inflow_i = Σ_j Π_ji p_j, one pass over the liabilities.</summary>
    private void Inflow(double[] p, double[] inflow)
    {
        Array.Clear(inflow);
        var debtor = _debtor;
        var creditor = _creditor;
        var weight = _weight;
        for (var k = 0; k < debtor.Length; k++)
        {
            inflow[creditor[k]] += weight[k] * p[debtor[k]];
        }
    }
}
