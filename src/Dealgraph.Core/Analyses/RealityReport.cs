using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>The <c>reality</c> answer.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Currency">The reporting currency of totals and groups.</param>
/// <param name="Totals">All deals together.</param>
/// <param name="Deals">Each deal, with its own currency and ratios.</param>
/// <param name="ByKind">Totals per deal kind.</param>
/// <param name="ByPayer">Totals per paying party.</param>
/// <param name="ByYear">Totals per year of the deal's first report.</param>
public sealed record RealityReport(
    DateOnly AsOf,
    string Currency,
    RealityRow Totals,
    IReadOnlyList<RealityDeal> Deals,
    IReadOnlyList<RealityRow> ByKind,
    IReadOnlyList<RealityRow> ByPayer,
    IReadOnlyList<RealityRow> ByYear);
