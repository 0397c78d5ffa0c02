using Dealgraph.Core.Model;

namespace Dealgraph.Core.Resolution;

/// <summary>
/// Who contradicts whom: claims in force that state a field for the same effective date as the claim
/// that won it, but differently (FT says €8–12B, Bloomberg about €15B, both for March 20). The tie-break
/// still picks one value; these are the sources it overrode. A claim about an earlier date is history,
/// not a contradiction, and a denial is kept apart (<see cref="Resolved{T}.DeniedBy"/>).
/// </summary>
public static class Disagreements
{
    /// <summary>Each field's overridden claims, in time order.</summary>
    public static IReadOnlyList<(string Field, Claim Claim)> Of(DealState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var found = new List<(string, Claim)>();
        Add(found, state, "status", state.Status, c => c.Status);
        Add(found, state, "headline", state.Headline, c => c.Headline);
        Add(found, state, "binding", state.Binding, c => c.Binding);
        Add(found, state, "paid", state.Paid, c => c.Paid);
        return found;
    }

    private static void Add<T, TValue>(List<(string, Claim)> found, DealState state, string field, Resolved<T>? won, Func<Claim, TValue?> get)
        where T : notnull
    {
        if (won is null)
        {
            return;
        }
        foreach (var claim in state.Claims)
        {
            if (claim != won.Claim && claim.Stance == Stance.Asserts && claim.Rank != Rank.Deprecated
                && claim.Effective == won.Claim.Effective
                && get(claim) is { } value && !Equals(value, won.Value))
            {
                found.Add((field, claim));
            }
        }
    }
}
