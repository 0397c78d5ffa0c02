using Dealgraph.Core.Model;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Core.Views;

/// <summary>One deal as of a date, as <c>deals</c> lists it.</summary>
/// <param name="Id">Deal id.</param>
/// <param name="Title">Title.</param>
/// <param name="Kind">Kind word.</param>
/// <param name="Payer">Party id money flows from.</param>
/// <param name="Payee">Party id money flows to.</param>
/// <param name="Status">Status word, null if no claim stated one.</param>
/// <param name="Headline">Headline amount.</param>
/// <param name="Binding">Binding amount (stated, or derived from the status: see <paramref name="BindingDerived"/>).</param>
/// <param name="Paid">Paid amount (stated, or derived from the status).</param>
/// <param name="BindingDerived">True when the binding amount follows from the status, not from a claim.</param>
/// <param name="PaidDerived">True when the paid amount follows from the status, not from a claim.</param>
/// <param name="SupersededBy">The deal that replaced this one, if any.</param>
/// <param name="Contested">Fields whose current value some source denies.</param>
/// <param name="LastReported">Date of the latest claim known as of the as-of date.</param>
public sealed record DealView(
    string Id,
    string Title,
    string Kind,
    string Payer,
    string Payee,
    string? Status,
    AmountView? Headline,
    AmountView? Binding,
    AmountView? Paid,
    bool BindingDerived,
    bool PaidDerived,
    string? SupersededBy,
    IReadOnlyList<string> Contested,
    DateOnly LastReported)
{
    /// <summary>The view of a resolved deal.</summary>
    public static DealView Of(DealState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var deal = state.Deal;
        List<string> contested = [];
        if (state.Status?.Contested == true)
        {
            contested.Add("status");
        }
        if (state.Headline?.Contested == true)
        {
            contested.Add("headline");
        }
        if (state.Binding?.Contested == true)
        {
            contested.Add("binding");
        }
        if (state.Paid?.Contested == true)
        {
            contested.Add("paid");
        }
        return new DealView(
            deal.Id,
            deal.Title,
            Vocabulary<DealKind>.Name(deal.Kind),
            deal.Payer,
            deal.Payee,
            state.Status is { } s ? Vocabulary<DealStatus>.Name(s.Value) : null,
            AmountView.Of(state.Headline?.Value),
            AmountView.Of(state.BindingOrDerived),
            AmountView.Of(state.PaidOrDerived),
            state.BindingIsDerived,
            state.PaidIsDerived,
            state.SupersededBy?.Value,
            contested,
            state.Claims[^1].Reported);
    }
}
