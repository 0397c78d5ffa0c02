using System.Buffers;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// One round's inner solve of <see cref="FictitiousDefault"/>: the payments of the defaulted
/// parties D with everyone else paying in full, p_i = min(cap_i, α e_i + β received_i) for i in D,
/// where received_i = r_i − Σ Π_ji (p̄_j − p_j) over the liabilities between defaulted parties
/// (liabilities to full payers do not enter it). Jacobi sweeps from above on a dense copy of the
/// block, so they run in cache however large the network; scratch is rented (fresh memory costs a
/// page fault per 4 KiB).
/// </summary>
internal static class DefaultedBlock
{
    /// <summary>Solves the block in place in <paramref name="p"/>; returns whether it converged and the sweeps it took.</summary>
    public static (bool Converged, int Sweeps) Solve(ReadOnlySpan<int> defaulted, LiabilityList unpaid, int[] round, double[] p,
        ReadOnlySpan<double> owed, ReadOnlySpan<double> receivable, double[] assets, double[] cap, double alpha, double beta,
        double tolerance, int maxSweeps)
    {
        var size = defaulted.Length;
        var local = ArrayPool<int>.Shared.Rent(owed.Length);
        var scratch = ArrayPool<double>.Shared.Rent(7 * size);
        var top = scratch.AsSpan(0, size);
        var own = scratch.AsSpan(size, size);
        var owedTo = scratch.AsSpan(2 * size, size);
        var owes = scratch.AsSpan(3 * size, size);
        var paid = scratch.AsSpan(4 * size, size);
        var next = scratch.AsSpan(5 * size, size);
        var lost = scratch.AsSpan(6 * size, size);
        for (var x = 0; x < size; x++)
        {
            var i = defaulted[x];
            local[i] = x;
            (top[x], own[x], owedTo[x], owes[x], paid[x]) = (cap[i], alpha * assets[i], receivable[i], owed[i], p[i]);
        }
        using var block = new LiabilityList(unpaid.Count);
        var debtor = unpaid.Debtor;
        var creditor = unpaid.Creditor;
        var weight = unpaid.Weight;
        for (var k = 0; k < debtor.Length; k++)
        {
            if (round[creditor[k]] >= 0)
            {
                block.Add(local[debtor[k]], local[creditor[k]], weight[k]);
            }
        }
        ArrayPool<int>.Shared.Return(local);
        var from = block.Debtor;
        var to = block.Creditor;
        var share = block.Weight;
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
            var swap = paid;
            paid = next;
            next = swap;
            converged = change <= tolerance;
        }
        for (var x = 0; x < size; x++)
        {
            p[defaulted[x]] = paid[x];
        }
        ArrayPool<double>.Shared.Return(scratch);
        return (converged, sweeps);
    }
}
