using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The stress test's input from a dataset as of a date. Liabilities: for each deal not yet
/// completed that stands (<see cref="DealState.Stands"/>: not cancelled, denied, superseded or only
/// ever denied), the binding amount's low bound less the paid
/// amount's low bound — what is surely still owed. External assets: the low bound of each
/// party's latest <c>cash</c> fact; parties without one get what <see cref="UnknownCash"/> says.
/// </summary>
public static class StressAnalysis
{
    /// <summary>Builds the network in <paramref name="currency"/>.</summary>
    /// <exception cref="CurrencyMismatchException">An amount has no rate into the currency.</exception>
    public static StressInput Build(Dataset dataset, IReadOnlyList<DealState> states, DateOnly asOf, Currency currency,
        CurrencyConverter converter, UnknownCash unknownCash)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(converter);
        var liabilities = new List<(string Debtor, string Creditor, decimal Amount)>();
        var unquantified = new List<string>();
        foreach (var state in states)
        {
            if (!state.Stands || state.Status?.Value is DealStatus.Completed
                || state.Deal.Payer == state.Deal.Payee || state.BindingOrDerived is not { } binding || binding.IsZero)
            {
                continue;
            }
            if (binding.Low is not { } low)
            {
                unquantified.Add(state.Deal.Id);
                continue;
            }
            var owed = converter.Convert(Amount.Exact(low, binding.Currency), currency).Low!.Value;
            var paid = state.PaidOrDerived is { Low: { } pl } p ? converter.Convert(Amount.Exact(pl, p.Currency), currency).Low!.Value : 0m;
            if (owed - paid > 0)
            {
                liabilities.Add((state.Deal.Payer, state.Deal.Payee, owed - paid));
            }
        }
        var parties = liabilities.SelectMany(l => new[] { l.Debtor, l.Creditor }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = parties.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var facts = FactResolver.Resolve(dataset.Facts, asOf);
        var totalOwed = liabilities.GroupBy(l => l.Debtor).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount), StringComparer.Ordinal);
        var assumed = new List<string>();
        var assets = parties.Select(p =>
        {
            if (facts.TryGetValue((p, FactMetric.Cash), out var cash) && cash.Value.Low is { } c)
            {
                return converter.Convert(Amount.Exact(c, cash.Value.Currency), currency).Low!.Value;
            }
            assumed.Add(p);
            return unknownCash == UnknownCash.Owed ? totalOwed.GetValueOrDefault(p) : 0m;
        }).ToArray();
        var network = new ClearingNetwork(parties, [.. liabilities.Select(l => index[l.Debtor])], [.. liabilities.Select(l => index[l.Creditor])],
            [.. liabilities.Select(l => l.Amount)], assets);
        return new StressInput(network, unquantified, assumed);
    }
}
