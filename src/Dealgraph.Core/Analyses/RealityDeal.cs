using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>One deal's line in the <c>reality</c> answer.</summary>
/// <param name="Id">Deal id.</param>
/// <param name="Title">Title.</param>
/// <param name="Kind">Kind word.</param>
/// <param name="Payer">Payer id.</param>
/// <param name="Payee">Payee id.</param>
/// <param name="Status">Status word.</param>
/// <param name="Headline">Headline.</param>
/// <param name="Binding">Binding (stated or derived from status).</param>
/// <param name="Paid">Paid (stated or derived from status).</param>
/// <param name="BindingRatio">binding.low / headline.high.</param>
/// <param name="PaidRatio">paid.low / headline.high.</param>
public sealed record RealityDeal(
    string Id,
    string Title,
    string Kind,
    string Payer,
    string Payee,
    string? Status,
    AmountView? Headline,
    AmountView? Binding,
    AmountView? Paid,
    decimal? BindingRatio,
    decimal? PaidRatio);
