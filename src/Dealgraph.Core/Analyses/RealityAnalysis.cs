using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;
using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// What was announced vs what binds vs what was paid (DESIGN.md §4), per deal and in total.
/// Totals are interval sums in one reporting currency; other currencies are converted with
/// sourced rates or the analysis refuses (<see cref="CurrencyMismatchException"/>).
/// Superseded deals are left out of totals: their replacement carries the money.
/// </summary>
public static class RealityAnalysis
{
    /// <summary>Runs the analysis over resolved deals.</summary>
    public static RealityReport Run(IReadOnlyList<DealState> states, DateOnly asOf, Currency reporting, CurrencyConverter converter)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(converter);
        var deals = states.Select(s => new RealityDeal(
            s.Deal.Id, s.Deal.Title, Vocabulary<DealKind>.Name(s.Deal.Kind), s.Deal.Payer, s.Deal.Payee,
            s.Status is { } st ? Vocabulary<DealStatus>.Name(st.Value) : null,
            AmountView.Of(s.Headline?.Value), AmountView.Of(s.BindingOrDerived), AmountView.Of(s.PaidOrDerived),
            Ratio.Of(s.BindingOrDerived, s.Headline?.Value), Ratio.Of(s.PaidOrDerived, s.Headline?.Value))).ToList();

        var counted = states.Where(s => s.Status?.Value != DealStatus.Superseded).ToList();
        RealityRow Group(string key, IEnumerable<DealState> group)
        {
            var items = group.ToList();
            var headline = Sum(items.Select(s => s.Headline?.Value), reporting, converter);
            var binding = Sum(items.Select(s => s.BindingOrDerived), reporting, converter);
            var paid = Sum(items.Select(s => s.PaidOrDerived), reporting, converter);
            // Ratios of a group use only deals with a bounded headline: one unquantified deal
            // would otherwise leave the whole group without a ratio.
            var bounded = items.Where(s => s.Headline?.Value.High is > 0).ToList();
            var boundedHeadline = Sum(bounded.Select(s => s.Headline?.Value), reporting, converter);
            return new RealityRow(key, items.Count, AmountView.Of(headline), AmountView.Of(binding), AmountView.Of(paid),
                Ratio.Of(Sum(bounded.Select(s => s.BindingOrDerived), reporting, converter), boundedHeadline),
                Ratio.Of(Sum(bounded.Select(s => s.PaidOrDerived), reporting, converter), boundedHeadline));
        }
        IReadOnlyList<RealityRow> By(Func<DealState, string> key) =>
            [.. counted.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group(g.Key, g))];

        return new RealityReport(
            asOf,
            reporting.Code,
            Group("all", counted),
            deals,
            By(s => Vocabulary<DealKind>.Name(s.Deal.Kind)),
            By(s => s.Deal.Payer),
            By(s => s.Claims[0].Reported.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>Interval sum; a deal with no amount counts as unknown, so the total's upper bound opens.</summary>
    private static Amount Sum(IEnumerable<Amount?> amounts, Currency reporting, CurrencyConverter converter)
    {
        var total = Amount.Zero(reporting);
        foreach (var amount in amounts)
        {
            total = total.Plus(amount is null ? Amount.Unknown(reporting) : converter.Convert(amount, reporting));
        }
        return total;
    }
}
