namespace Dealgraph.Core.Analyses;

/// <summary>The clearing vector and how it was found.</summary>
/// <param name="Parties">One row per party, in network order.</param>
/// <param name="TotalShortfall">Σ (owed − paid).</param>
/// <param name="Rounds">Rounds of the default cascade after the failed parties.</param>
/// <param name="Sweeps">Jacobi sweeps over the liabilities, all rounds together.</param>
/// <param name="Converged">False when an inner solve hit the sweep limit (then the vector is an upper bound).</param>
/// <param name="Decimals">Payments are rounded to this many decimals: no more than the solver's tolerance supports.</param>
/// <param name="Residual">Largest |p − Φ(p)| of the rounded vector, computed in decimal; null when not verified.</param>
public sealed record ClearingResult(
    IReadOnlyList<ClearingParty> Parties, decimal TotalShortfall, int Rounds, int Sweeps, bool Converged, int Decimals, decimal? Residual);
