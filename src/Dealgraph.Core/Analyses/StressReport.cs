namespace Dealgraph.Core.Analyses;

/// <summary>The <c>stress</c> answer.</summary>
/// <param name="AsOf">The as-of date; null when the input came from CSV files.</param>
/// <param name="Currency">Currency of every figure.</param>
/// <param name="Parties">One row per party (id order).</param>
/// <param name="TotalShortfall">Σ (owed − paid).</param>
/// <param name="Rounds">Rounds of the default cascade.</param>
/// <param name="Converged">False when the solver hit its sweep limit.</param>
/// <param name="Decimals">Decimals payments are rounded to.</param>
/// <param name="Residual">Largest |p − Φ(p)| of the reported vector, in decimal.</param>
/// <param name="Unquantified">Deals left out: outstanding but with no known amount.</param>
/// <param name="AssumedAssets">Parties whose external assets were assumed (no cash fact).</param>
public sealed record StressReport(
    DateOnly? AsOf, string Currency, IReadOnlyList<ClearingParty> Parties, decimal TotalShortfall, int Rounds, bool Converged,
    int Decimals, decimal? Residual, IReadOnlyList<string> Unquantified, IReadOnlyList<string> AssumedAssets)
{
    /// <summary>The report of a clearing.</summary>
    public static StressReport Of(ClearingResult result, DateOnly? asOf, string currency, IReadOnlyList<string> unquantified, IReadOnlyList<string> assumed)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new StressReport(asOf, currency, result.Parties, result.TotalShortfall, result.Rounds, result.Converged, result.Decimals,
            result.Residual, unquantified, assumed);
    }
}
