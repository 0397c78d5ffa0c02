using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Resolution;

/// <summary>What the public record said about a deal as of a date: each field with the claim behind it.</summary>
public sealed record DealState
{
    /// <summary>The deal.</summary>
    public required Deal Deal { get; init; }

    /// <summary>The as-of date.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Status, if any claim stated one.</summary>
    public Resolved<DealStatus>? Status { get; init; }

    /// <summary>Headline amount, if stated.</summary>
    public Resolved<Amount>? Headline { get; init; }

    /// <summary>Binding amount, if stated (see <see cref="BindingOrDerived"/>).</summary>
    public Resolved<Amount>? Binding { get; init; }

    /// <summary>Paid amount, if stated (see <see cref="PaidOrDerived"/>).</summary>
    public Resolved<Amount>? Paid { get; init; }

    /// <summary>Latest terms, if stated; else the deal's standing terms apply.</summary>
    public Resolved<string>? Terms { get; init; }

    /// <summary>The deal that replaced this one, if stated.</summary>
    public Resolved<string>? SupersededBy { get; init; }

    /// <summary>Every claim reported by the as-of date, in time order (reported, then effective).</summary>
    public required IReadOnlyList<Claim> Claims { get; init; }

    /// <summary>Every denial reported by the as-of date.</summary>
    public required IReadOnlyList<Claim> Denials { get; init; }

    /// <summary>The currency the deal is stated in (first stated amount), if any.</summary>
    public Currency? Currency =>
        (Headline?.Value ?? Binding?.Value ?? Paid?.Value)?.Currency
        ?? Claims.Select(c => c.Headline ?? c.Binding ?? c.Paid).FirstOrDefault(a => a is not null)?.Currency;

    /// <summary>
    /// The binding amount: as stated; else zero for deals that are not (or no longer) binding
    /// by status; else the headline for signed and later deals; else unknown.
    /// </summary>
    public Amount? BindingOrDerived => Binding?.Value ?? Derive(BindingByStatus);

    /// <summary>
    /// The amount paid: as stated; else zero when nothing binds (binding is zero, or the status
    /// says not binding); the binding amount for completed deals; else unknown.
    /// </summary>
    public Amount? PaidOrDerived => Paid?.Value ?? (BindingOrDerived?.IsZero == true ? BindingOrDerived : Derive(PaidByStatus));

    /// <summary>False when no claim (deprecated ones aside) asserts anything of the deal: it was only ever denied.</summary>
    public bool Asserted => Claims.Any(c => c.Stance == Stance.Asserts && c.Rank != Rank.Deprecated);

    /// <summary>
    /// Whether the deal stands as of the date, so that money can flow on it: asserted by some claim and
    /// not cancelled, denied or superseded (the replacement carries the money, as in the totals of
    /// <see cref="Analyses.RealityAnalysis"/>).
    /// </summary>
    public bool Stands => Asserted && Status?.Value is not (DealStatus.Cancelled or DealStatus.Denied or DealStatus.Superseded);

    /// <summary>True when <see cref="BindingOrDerived"/> came from the status rather than a claim.</summary>
    public bool BindingIsDerived => Binding is null && BindingOrDerived is not null;

    /// <summary>True when <see cref="PaidOrDerived"/> came from the status rather than a claim.</summary>
    public bool PaidIsDerived => Paid is null && PaidOrDerived is not null;

    private Amount? Derive(Func<DealStatus?, Currency, Amount?> rule) =>
        Currency is { } c ? rule(Status?.Value, c) : null;

    private Amount? BindingByStatus(DealStatus? status, Currency currency) => status switch
    {
        DealStatus.Rumored or DealStatus.InTalks or DealStatus.NonBinding or DealStatus.Denied
            or DealStatus.Cancelled or DealStatus.Superseded => Amount.Zero(currency),
        DealStatus.Signed or DealStatus.InProgress or DealStatus.Completed => Headline?.Value ?? Amount.Unknown(currency),
        _ => Amount.Unknown(currency),
    };

    private Amount? PaidByStatus(DealStatus? status, Currency currency) => status switch
    {
        DealStatus.Rumored or DealStatus.InTalks or DealStatus.NonBinding or DealStatus.Denied
            or DealStatus.Announced or DealStatus.Superseded => Amount.Zero(currency),
        DealStatus.Completed => BindingOrDerived,
        _ => Amount.Unknown(currency),
    };
}
