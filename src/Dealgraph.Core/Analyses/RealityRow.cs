using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>Headline vs binding vs paid for one deal, or a total over many.</summary>
/// <param name="Key">Deal id, or the group's key (a kind, a party id, a year, or <c>all</c>).</param>
/// <param name="Deals">Number of deals counted.</param>
/// <param name="Headline">Headline (sum for groups).</param>
/// <param name="Binding">Binding (sum for groups).</param>
/// <param name="Paid">Paid (sum for groups).</param>
/// <param name="BindingRatio">binding.low / headline.high, over the deals whose headline is bounded.</param>
/// <param name="PaidRatio">paid.low / headline.high, over the deals whose headline is bounded.</param>
public sealed record RealityRow(
    string Key,
    int Deals,
    AmountView? Headline,
    AmountView? Binding,
    AmountView? Paid,
    decimal? BindingRatio,
    decimal? PaidRatio);
