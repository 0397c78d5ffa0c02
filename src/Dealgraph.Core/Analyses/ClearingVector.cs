namespace Dealgraph.Core.Analyses;

/// <summary>
/// The Eisenberg–Noe clearing vector, the greatest fixed point of p = min(p̄, e + Πᵀp), with
/// optional Rogers–Veraart default costs. Inputs and outputs are decimal money; the iterative
/// solve runs in double (see <see cref="FictitiousDefault"/>) to a tolerance of 10⁻¹² of the
/// largest figure, payments are rounded to no finer than that tolerance (at most cents), and
/// the rounded vector is checked against the fixed-point equation in decimal, the residual
/// reported with the result. Why double: the inner solve is an iteration that converges
/// geometrically, not an exact computation, so decimal would buy no exactness and cost an
/// order of magnitude in speed on networks of millions of liabilities.
/// </summary>
public static class ClearingVector
{
    /// <summary>Relative tolerance of the iterative solve.</summary>
    public const double RelativeTolerance = 1e-12;

    /// <summary>Clears the network under the scenario.</summary>
    /// <exception cref="ArgumentException">The scenario names a party index out of range or a figure out of range.</exception>
    public static ClearingResult Solve(ClearingNetwork network, ClearingScenario scenario, bool verify = true)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(scenario);
        scenario.Validate();
        var n = network.Parties.Count;
        var owed = network.Owed();
        var assets = (decimal[])network.Assets.Clone();
        foreach (var (party, fall) in scenario.Shocks)
        {
            CheckIndex(party, n);
            assets[party] = Math.Max(0m, assets[party] - fall);
        }
        var round = new int[n];
        Array.Fill(round, -1);
        foreach (var party in scenario.Fails.Keys)
        {
            CheckIndex(party, n);
        }
        using var engine = new FictitiousDefault(n, network.Debtor, network.Creditor, network.Amount.Select(a => (double)a).ToArray());
        var cap = engine.Owed.ToArray();
        var assetsD = assets.Select(a => (double)a).ToArray();
        var scale = engine.ToleranceScale(assetsD);
        foreach (var (party, recovery) in scenario.Fails)
        {
            round[party] = 0;
            cap[party] = (double)(owed[party] * recovery);
        }
        var tolerance = scale * RelativeTolerance;
        var p = new double[n];
        engine.Run(assetsD, cap, round, (double)scenario.Alpha, (double)scenario.Beta, tolerance, scenario.MaxSweeps, p);

        var decimals = Math.Clamp((int)Math.Floor(-Math.Log10(tolerance)), 0, 2);
        var paid = new decimal[n];
        for (var i = 0; i < n; i++)
        {
            // Full payers pay exactly p̄; only defaulted payments carry solver error.
            paid[i] = round[i] < 0 ? owed[i] : Math.Min(owed[i], Math.Round((decimal)p[i], decimals, MidpointRounding.ToEven));
        }
        var received = Received(network, owed, paid);
        var receivable = network.Receivable();
        decimal? residual = verify ? Residual(owed, assets, paid, received, round, scenario) : null;
        var rows = new ClearingParty[n];
        var total = 0m;
        for (var i = 0; i < n; i++)
        {
            var shortfall = owed[i] - paid[i];
            total += shortfall;
            rows[i] = new ClearingParty(network.Parties[i], owed[i], paid[i], shortfall, round[i] >= 0, round[i] >= 0 ? round[i] : null,
                assets[i], receivable[i], Math.Round(received[i], decimals, MidpointRounding.ToEven),
                Math.Round(receivable[i] - received[i], decimals, MidpointRounding.ToEven));
        }
        return new ClearingResult(rows, total, engine.Rounds, engine.Sweeps, engine.Converged, decimals, residual);
    }

    /// <summary>Σ_j L_ji · (paid_j / p̄_j) in decimal.</summary>
    private static decimal[] Received(ClearingNetwork network, decimal[] owed, decimal[] paid)
    {
        var ratio = new decimal[owed.Length];
        for (var j = 0; j < owed.Length; j++)
        {
            ratio[j] = owed[j] > 0 ? paid[j] / owed[j] : 0m;
        }
        var received = new decimal[owed.Length];
        for (var k = 0; k < network.Debtor.Length; k++)
        {
            received[network.Creditor[k]] += network.Amount[k] * ratio[network.Debtor[k]];
        }
        return received;
    }

    /// <summary>Largest |p_i − Φ_i(p)| where Φ pays in full if it can, else (for a defaulted party) α e + β receipts, capped.</summary>
    private static decimal Residual(decimal[] owed, decimal[] assets, decimal[] paid, decimal[] received, int[] round, ClearingScenario scenario)
    {
        var worst = 0m;
        for (var i = 0; i < owed.Length; i++)
        {
            var cap = round[i] == 0 ? owed[i] * scenario.Fails[i] : owed[i];
            var canPay = assets[i] + received[i];
            var phi = round[i] != 0 && canPay >= owed[i]
                ? owed[i]
                : Math.Min(cap, round[i] < 0 ? canPay : scenario.Alpha * assets[i] + scenario.Beta * received[i]);
            worst = Math.Max(worst, Math.Abs(paid[i] - phi));
        }
        return worst;
    }

    private static void CheckIndex(int party, int n)
    {
        if ((uint)party >= (uint)n)
        {
            throw new ArgumentException($"party index {party} is not in the network");
        }
    }
}
