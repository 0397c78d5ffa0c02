using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;

namespace Dealgraph.Core.Analyses;

/// <summary>
/// The money-flow graph as of a date on a compact index: parties are numbered, and each ordered
/// pair of parties with at least one deal is one hop carrying the interval sum of its deals.
/// Parallel deals are summed rather than kept as separate edges, so a loop is a loop of parties
/// (Nvidia → OpenAI → Nvidia is one loop however many deals each side has), and the number of
/// loops does not multiply with every extra deal on a hop.
/// </summary>
public sealed class MoneyGraph
{
    private readonly List<int>[] _successors;

    private MoneyGraph(IReadOnlyList<string> parties, IReadOnlyList<MoneyHop> hops, Currency currency)
    {
        Parties = parties;
        Hops = hops;
        Currency = currency;
        _successors = new List<int>[parties.Count];
        for (var i = 0; i < parties.Count; i++)
        {
            _successors[i] = [];
        }
        for (var h = 0; h < hops.Count; h++)
        {
            _successors[hops[h].From].Add(h);
        }
    }

    /// <summary>Party ids; a party's index is its position here (ordinal order).</summary>
    public IReadOnlyList<string> Parties { get; }

    /// <summary>Hops, ordered by payer then payee index.</summary>
    public IReadOnlyList<MoneyHop> Hops { get; }

    /// <summary>The currency every hop amount is in.</summary>
    public Currency Currency { get; }

    /// <summary>Indices into <see cref="Hops"/> of the hops leaving party <paramref name="party"/>.</summary>
    public IReadOnlyList<int> HopsFrom(int party) => _successors[party];

    /// <summary>The index of a party id, or -1.</summary>
    public int IndexOf(string party)
    {
        for (var i = 0; i < Parties.Count; i++)
        {
            if (string.Equals(Parties[i], party, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// Builds the graph from deals that exist as of the date. Deals that do not stand
    /// (<see cref="DealState.Stands"/>: cancelled, denied, superseded, or only ever denied) are left
    /// out unless <paramref name="includeCancelled"/>;
    /// hops whose amount is exactly zero on the basis carry no money and are left out too.
    /// Amounts are converted into <paramref name="currency"/> with <paramref name="converter"/>.
    /// </summary>
    /// <exception cref="CurrencyMismatchException">An amount has no rate into <paramref name="currency"/>.</exception>
    public static MoneyGraph Build(
        IReadOnlyList<DealState> states, AmountBasis basis, Currency currency, CurrencyConverter converter, bool includeCancelled = false)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(converter);
        var sums = new Dictionary<(string From, string To), (List<string> Deals, Amount Amount, List<string> Unpriced)>();
        foreach (var state in states)
        {
            if (!includeCancelled && !state.Stands)
            {
                continue;
            }
            if (string.Equals(state.Deal.Payer, state.Deal.Payee, StringComparison.Ordinal))
            {
                continue;
            }
            var amount = AmountOf(state, basis) is { } a ? converter.Convert(a, currency) : Amount.Unknown(currency);
            var key = (state.Deal.Payer, state.Deal.Payee);
            if (sums.TryGetValue(key, out var sum))
            {
                sum.Deals.Add(state.Deal.Id);
                sums[key] = sum with { Amount = sum.Amount.Plus(amount) };
            }
            else
            {
                sums[key] = sum = ([state.Deal.Id], amount, []);
            }
            if (amount.Qualifier == AmountQualifier.Unknown)
            {
                sum.Unpriced.Add(state.Deal.Id);
            }
        }
        var parties = sums.Keys.SelectMany(k => new[] { k.From, k.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = parties.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var hops = sums.Where(kv => !kv.Value.Amount.IsZero)
            .Select(kv => new MoneyHop(index[kv.Key.From], index[kv.Key.To], kv.Value.Deals, kv.Value.Amount, kv.Value.Unpriced))
            .OrderBy(h => h.From).ThenBy(h => h.To).ToList();
        return new MoneyGraph(parties, hops, currency);
    }

    /// <summary>A graph from explicit hops (tests, benchmarks, ledgers).</summary>
    public static MoneyGraph FromHops(IReadOnlyList<string> parties, IReadOnlyList<MoneyHop> hops, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(hops);
        foreach (var hop in hops)
        {
            if (hop.From < 0 || hop.From >= parties.Count || hop.To < 0 || hop.To >= parties.Count || hop.From == hop.To)
            {
                throw new ArgumentException($"hop {hop.From}→{hop.To} is not between two distinct parties", nameof(hops));
            }
        }
        return new MoneyGraph(parties, hops, currency);
    }

    /// <summary>The amount of a deal on a basis; null when the deal states none.</summary>
    public static Amount? AmountOf(DealState state, AmountBasis basis)
    {
        ArgumentNullException.ThrowIfNull(state);
        return basis switch
        {
            AmountBasis.Headline => state.Headline?.Value,
            AmountBasis.Binding => state.BindingOrDerived,
            AmountBasis.Paid => state.PaidOrDerived,
            _ => throw new ArgumentOutOfRangeException(nameof(basis)),
        };
    }
}
