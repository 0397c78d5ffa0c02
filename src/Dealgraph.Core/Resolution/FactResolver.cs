using Dealgraph.Core.Model;

namespace Dealgraph.Core.Resolution;

/// <summary>As-of resolution for party facts, by the same rule as deal claims (see <see cref="ClaimResolver"/>).</summary>
public static class FactResolver
{
    /// <summary>The fact in force as of <paramref name="asOf"/> for each (party, metric).</summary>
    public static IReadOnlyDictionary<(string Party, FactMetric Metric), Fact> Resolve(IEnumerable<Fact> facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var best = new Dictionary<(string, FactMetric), Fact>();
        foreach (var fact in facts)
        {
            if (fact.Reported > asOf || fact.Rank == Rank.Deprecated)
            {
                continue;
            }
            var key = (fact.Party, fact.Metric);
            if (!best.TryGetValue(key, out var current) || Beats(fact, current))
            {
                best[key] = fact;
            }
        }
        return best;
    }

    private static bool Beats(Fact candidate, Fact best)
    {
        if (candidate.Effective != best.Effective)
        {
            return candidate.Effective > best.Effective;
        }
        if (candidate.Rank != best.Rank)
        {
            return candidate.Rank == Rank.Preferred;
        }
        return candidate.Reported >= best.Reported;
    }
}
