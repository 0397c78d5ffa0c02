using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Resolution;

/// <summary>
/// As-of resolution (DESIGN.md §3). As of D only claims reported on or before D exist, and only
/// those effective on or before D are in force. Per field, among asserting, non-deprecated claims
/// in force that state it, the latest <c>effective</c> wins; ties go to <c>preferred</c> over <c>normal</c>, then the latest <c>reported</c>,
/// then the later claim in the dataset. Denials never remove a value: they are attached to
/// the value they deny. A deal with no claim reported by D does not exist as of D.
/// </summary>
public static class ClaimResolver
{
    /// <summary>Resolves one deal; null when the deal does not exist as of <paramref name="asOf"/>.</summary>
    public static DealState? Resolve(Deal deal, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(deal);
        var visible = new List<Claim>(deal.Claims.Count);
        foreach (var claim in deal.Claims)
        {
            if (claim.Reported <= asOf)
            {
                visible.Add(claim);
            }
        }
        if (visible.Count == 0)
        {
            return null;
        }
        var denials = new List<Claim>();
        foreach (var claim in visible)
        {
            if (claim.Stance == Stance.Denies && claim.Rank != Rank.Deprecated)
            {
                denials.Add(claim);
            }
        }
        // A claim of what takes effect later ("completes in January 2027") is known but not yet in force.
        var inForce = visible.FindAll(c => c.Effective <= asOf);
        return new DealState
        {
            Deal = deal,
            AsOf = asOf,
            Status = Field(inForce, denials, c => c.Status),
            Headline = Field(inForce, denials, c => c.Headline),
            Binding = Field(inForce, denials, c => c.Binding),
            Paid = Field(inForce, denials, c => c.Paid),
            Terms = Field(inForce, denials, c => c.Terms),
            SupersededBy = Field(inForce, denials, c => c.SupersededBy),
            Claims = InTimeOrder(visible),
            Denials = denials,
        };
    }

    /// <summary>Resolves every deal that exists as of <paramref name="asOf"/>, in dataset order.</summary>
    public static IReadOnlyList<DealState> ResolveAll(IEnumerable<Deal> deals, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(deals);
        var states = new List<DealState>();
        foreach (var deal in deals)
        {
            if (Resolve(deal, asOf) is { } state)
            {
                states.Add(state);
            }
        }
        return states;
    }

    /// <summary>Claims by reported, then effective date; a stable sort, so claims of one day keep their dataset order.</summary>
    private static List<Claim> InTimeOrder(List<Claim> claims)
    {
        for (var i = 1; i < claims.Count; i++)
        {
            if (Later(claims[i - 1], claims[i]))
            {
                return [.. claims.OrderBy(c => c.Reported).ThenBy(c => c.Effective)];
            }
        }
        return claims; // Datasets are usually written in time order: skip the sort.

        static bool Later(Claim a, Claim b) => a.Reported > b.Reported || (a.Reported == b.Reported && a.Effective > b.Effective);
    }

    /// <summary>True when <paramref name="candidate"/> beats <paramref name="best"/> under the rules above (index = dataset order).</summary>
    internal static bool Beats(Claim candidate, Claim best)
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

    private static Resolved<Amount>? Field(List<Claim> visible, List<Claim> denials, Func<Claim, Amount?> get) =>
        Pick(visible, get) is { } won ? new Resolved<Amount>(get(won)!, won, Denying(denials, get, get(won)!)) : null;

    private static Resolved<string>? Field(List<Claim> visible, List<Claim> denials, Func<Claim, string?> get) =>
        Pick(visible, get) is { } won ? new Resolved<string>(get(won)!, won, Denying(denials, get, get(won)!)) : null;

    private static Resolved<DealStatus>? Field(List<Claim> visible, List<Claim> denials, Func<Claim, DealStatus?> get) =>
        Pick(visible, get) is { } won ? new Resolved<DealStatus>(get(won)!.Value, won, Denying(denials, get, get(won))) : null;

    private static Claim? Pick<T>(List<Claim> visible, Func<Claim, T?> get)
    {
        Claim? best = null;
        foreach (var claim in visible)
        {
            if (claim.Stance != Stance.Asserts || claim.Rank == Rank.Deprecated || get(claim) is null)
            {
                continue;
            }
            if (best is null || Beats(claim, best))
            {
                best = claim;
            }
        }
        return best;
    }

    private static List<Claim> Denying<T>(List<Claim> denials, Func<Claim, T?> get, T? value) =>
        denials.Count == 0 ? [] : [.. denials.Where(d => get(d) is { } denied && denied.Equals(value))];
}
