using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;
using Dealgraph.Core.Views;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// Can a party's cash and burn carry what it committed to? Cash / burn gives the runway;
/// outstanding binding amounts of deals it pays are set against cash plus a year of revenue.
/// Figures come from facts and deals as of the date; amounts are intervals throughout.
/// </summary>
public static class RunwayAnalysis
{
    /// <summary>
    /// Runs the analysis for every party with a cash, burn, revenue or commitments fact, or an
    /// outstanding payment; or for <paramref name="only"/> that party (so another party's figures in a
    /// currency with no rate do not stop the answer).
    /// </summary>
    public static IReadOnlyList<RunwayRow> Run(Dataset dataset, IReadOnlyList<DealState> states, DateOnly asOf, CurrencyConverter converter, string? only = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(converter);
        var facts = FactResolver.Resolve(dataset.Facts, asOf);
        var outstanding = new Dictionary<string, Amount>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            // Only deals that stand are owed: a superseded contract's replacement carries the money.
            if ((only is null || state.Deal.Payer == only) && state.Stands && state.BindingOrDerived is { } binding && !binding.IsZero)
            {
                var due = Outstanding(binding, state.PaidOrDerived);
                outstanding[state.Deal.Payer] = outstanding.TryGetValue(state.Deal.Payer, out var sum)
                    ? sum.Plus(converter.Convert(due, sum.Currency))
                    : due;
            }
        }
        var parties = facts.Keys.Where(k => k.Metric != FactMetric.Valuation).Select(k => k.Party)
            .Concat(outstanding.Keys).Distinct().Where(p => only is null || p == only).Order(StringComparer.Ordinal);
        return [.. parties.Select(party =>
        {
            Amount? Get(FactMetric metric) => facts.TryGetValue((party, metric), out var f) ? f.Value : null;
            var cash = Get(FactMetric.Cash);
            var burn = Get(FactMetric.Burn);
            var revenue = Get(FactMetric.Revenue);
            var owed = outstanding.GetValueOrDefault(party);
            decimal? low = null, high = null;
            if (cash is not null && burn is not null)
            {
                var b = converter.Convert(burn, cash.Currency);
                low = Months(cash.Low, b.High);
                high = Months(cash.High, b.Low);
            }
            decimal? coverage = null;
            if (cash is not null && owed?.High is { } oh && oh > 0)
            {
                var means = revenue is null ? cash : cash.Plus(converter.Convert(revenue, cash.Currency));
                coverage = means.Low is { } ml ? Math.Round(ml / converter.Convert(owed, cash.Currency).High!.Value, Ratio.Decimals) : null;
            }
            return new RunwayRow(party, AmountView.Of(cash), AmountView.Of(burn), AmountView.Of(revenue),
                AmountView.Of(Get(FactMetric.Commitments)), AmountView.Of(owed), low, high, coverage);
        })];
    }

    private static decimal? Months(decimal? cash, decimal? burnPerYear) =>
        cash is { } c && burnPerYear is { } b && b > 0 ? Math.Round(c / b * 12m, 1) : null;

    /// <summary>binding − paid as an interval: at least binding.low − paid.high (not below zero), at most binding.high − paid.low.</summary>
    private static Amount Outstanding(Amount binding, Amount? paid)
    {
        if (paid is null || paid.Currency != binding.Currency)
        {
            return binding;
        }
        var low = Math.Max(0m, (binding.Low ?? 0m) - (paid.High ?? binding.Low ?? 0m));
        decimal? high = binding.High is { } bh ? Math.Max(low, bh - (paid.Low ?? 0m)) : null;
        return high is { } h
            ? (low == h ? Amount.Exact(low, binding.Currency) : Amount.Range(low, h, binding.Currency))
            : Amount.AtLeast(low, binding.Currency);
    }
}
