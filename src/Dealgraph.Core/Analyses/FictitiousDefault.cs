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
/// sweeps decrease to its greatest fixed point, also when the linear system is singular), each
/// sweep one pass over the liabilities in creditor order, split across cores.
/// </summary>
public sealed class FictitiousDefault
{
    private const int ParallelThreshold = 200_000;

    private readonly int _n;
    private readonly int[] _start;
    private readonly int[] _debtor;
    private readonly double[] _weight;

    /// <summary>Indexes the liabilities by creditor: for each creditor, its debtors and Π_ji = L_ji / p̄_j.</summary>
    public FictitiousDefault(int parties, int[] debtor, int[] creditor, double[] amount, double[] owed)
    {
        ArgumentNullException.ThrowIfNull(debtor);
        ArgumentNullException.ThrowIfNull(creditor);
        ArgumentNullException.ThrowIfNull(amount);
        ArgumentNullException.ThrowIfNull(owed);
        _n = parties;
        _start = new int[parties + 1];
        foreach (var c in creditor)
        {
            _start[c + 1]++;
        }
        for (var i = 0; i < parties; i++)
        {
            _start[i + 1] += _start[i];
        }
        var fill = (int[])_start.Clone();
        _debtor = new int[debtor.Length];
        _weight = new double[debtor.Length];
        for (var k = 0; k < debtor.Length; k++)
        {
            var slot = fill[creditor[k]]++;
            _debtor[slot] = debtor[k];
            _weight[slot] = owed[debtor[k]] > 0 ? amount[k] / owed[debtor[k]] : 0;
        }
    }

    /// <summary>Sweeps over the liabilities in the last <see cref="Run"/>.</summary>
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
        var next = new double[_n];
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
                Converged &= SolveDefaulted(p, next, inflow, defaulted, assets, cap, alpha, beta, tolerance, maxSweeps);
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

    private bool SolveDefaulted(double[] p, double[] next, double[] inflow, List<int> defaulted, double[] assets, double[] cap,
        double alpha, double beta, double tolerance, int maxSweeps)
    {
        for (var sweep = 0; sweep < maxSweeps; sweep++)
        {
            Inflow(p, inflow);
            Sweeps++;
            var change = 0.0;
            foreach (var i in defaulted)
            {
                var value = Math.Min(cap[i], alpha * assets[i] + beta * inflow[i]);
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
        if (_debtor.Length < ParallelThreshold)
        {
            InflowRange(p, inflow, 0, _n);
            return;
        }
        var chunks = Environment.ProcessorCount * 4;
        Parallel.For(0, chunks, c => InflowRange(p, inflow, (int)((long)_n * c / chunks), (int)((long)_n * (c + 1) / chunks)));
    }

    private void InflowRange(double[] p, double[] inflow, int from, int to)
    {
        var debtor = _debtor;
        var weight = _weight;
        for (var i = from; i < to; i++)
        {
            var sum = 0.0;
            for (var k = _start[i]; k < _start[i + 1]; k++)
            {
                sum += weight[k] * p[debtor[k]];
            }
            inflow[i] = sum;
        }
    }
}
