using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Core.Resolution;
using static Dealgraph.Core.Tests.Resolution.ClaimBuilder;

namespace Dealgraph.Core.Tests.Resolution;

public sealed class ClaimResolverTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void A_deal_with_no_claim_reported_by_the_date_does_not_exist()
    {
        var deal = Deal(Claim("2025-09-22", DealStatus.NonBinding));

        Assert.Null(ClaimResolver.Resolve(deal, Date("2025-09-21")));
        Assert.NotNull(ClaimResolver.Resolve(deal, Date("2025-09-22")));
    }

    [Fact]
    public void Claims_reported_after_the_date_are_invisible()
    {
        var deal = Deal(Claim("2025-09-22", DealStatus.NonBinding), Claim("2026-01-30", DealStatus.OnIce));

        Assert.Equal(DealStatus.NonBinding, ClaimResolver.Resolve(deal, Date("2026-01-29"))!.Status!.Value);
        Assert.Equal(DealStatus.OnIce, ClaimResolver.Resolve(deal, Date("2026-01-30"))!.Status!.Value);
    }

    [Fact]
    public void Each_field_resolves_separately()
    {
        var deal = Deal(
            Claim("2025-09-22", DealStatus.NonBinding, Amount.UpTo(100e9m, Usd)),
            Claim("2026-01-30", DealStatus.OnIce));

        var state = ClaimResolver.Resolve(deal, Date("2026-02-01"))!;

        Assert.Equal(DealStatus.OnIce, state.Status!.Value);
        Assert.Equal(Amount.UpTo(100e9m, Usd), state.Headline!.Value);
    }

    [Fact]
    public void The_latest_effective_date_wins_even_when_reported_earlier()
    {
        // A later report about an earlier moment does not override what took effect after it.
        var deal = Deal(
            Claim("2026-01-10", DealStatus.Signed, effective: "2026-01-10"),
            Claim("2026-02-01", DealStatus.InTalks, effective: "2025-12-01"));

        Assert.Equal(DealStatus.Signed, ClaimResolver.Resolve(deal, Date("2026-03-01"))!.Status!.Value);
    }

    [Theory]
    [InlineData("2026-03-05", DealStatus.Signed)]
    [InlineData("2026-12-31", DealStatus.Signed)]
    [InlineData("2027-01-01", DealStatus.Completed)]
    public void A_claim_of_what_takes_effect_later_is_known_but_not_in_force_before_then(string asOf, DealStatus expected)
    {
        // Reported in March 2026: "the deal will complete on 2027-01-01".
        var deal = Deal(
            Claim("2026-01-10", DealStatus.Signed),
            Claim("2026-03-04", DealStatus.Completed, effective: "2027-01-01"));

        var state = ClaimResolver.Resolve(deal, Date(asOf))!;

        Assert.Equal(expected, state.Status!.Value);
        Assert.Equal(2, state.Claims.Count);
    }

    [Fact]
    public void Ties_on_effective_date_go_to_the_latest_report()
    {
        var deal = Deal(
            Claim("2026-01-01", DealStatus.InTalks, effective: "2026-01-01"),
            Claim("2026-01-05", DealStatus.Signed, effective: "2026-01-01"));

        Assert.Equal(DealStatus.Signed, ClaimResolver.Resolve(deal, Date("2026-02-01"))!.Status!.Value);
    }

    [Fact]
    public void Preferred_beats_normal_at_the_same_effective_date()
    {
        var deal = Deal(
            Claim("2026-01-01", DealStatus.Signed, rank: Rank.Preferred),
            Claim("2026-01-01", DealStatus.InTalks));

        Assert.Equal(DealStatus.Signed, ClaimResolver.Resolve(deal, Date("2026-02-01"))!.Status!.Value);
    }

    [Fact]
    public void Deprecated_claims_are_ignored_but_kept()
    {
        var deal = Deal(
            Claim("2026-01-01", DealStatus.InTalks),
            Claim("2026-01-05", DealStatus.Cancelled, rank: Rank.Deprecated));

        var state = ClaimResolver.Resolve(deal, Date("2026-02-01"))!;

        Assert.Equal(DealStatus.InTalks, state.Status!.Value);
        Assert.Equal(2, state.Claims.Count);
    }

    [Fact]
    public void A_denial_is_shown_beside_what_it_denies_and_deletes_nothing()
    {
        var deal = Deal(
            Claim("2026-01-30", DealStatus.OnIce),
            Claim("2026-01-31", DealStatus.OnIce, stance: Stance.Denies));

        var state = ClaimResolver.Resolve(deal, Date("2026-02-01"))!;

        Assert.Equal(DealStatus.OnIce, state.Status!.Value);
        Assert.True(state.Status.Contested);
        Assert.Single(state.Denials);
    }

    [Fact]
    public void A_denial_of_another_value_does_not_contest_the_current_one()
    {
        var deal = Deal(
            Claim("2026-01-30", DealStatus.OnIce),
            Claim("2026-01-31", DealStatus.Cancelled, stance: Stance.Denies));

        Assert.False(ClaimResolver.Resolve(deal, Date("2026-02-01"))!.Status!.Contested);
    }

    [Theory]
    [InlineData(DealStatus.NonBinding, "0")]
    [InlineData(DealStatus.InTalks, "0")]
    [InlineData(DealStatus.Superseded, "0")]
    [InlineData(DealStatus.Signed, "30000000000")]
    [InlineData(DealStatus.Completed, "30000000000")]
    public void Binding_follows_from_the_status_when_no_claim_states_it(DealStatus status, string expected)
    {
        var deal = Deal(Claim("2026-01-01", status, Amount.Exact(30e9m, Usd)));

        var state = ClaimResolver.Resolve(deal, Date("2026-02-01"))!;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), state.BindingOrDerived!.Low);
        Assert.True(state.BindingIsDerived);
    }

    [Fact]
    public void An_announced_deal_has_unknown_binding()
    {
        var state = ClaimResolver.Resolve(Deal(Claim("2026-01-01", DealStatus.Announced, Amount.UpTo(5e9m, Usd))), Date("2026-02-01"))!;

        Assert.Equal(AmountQualifier.Unknown, state.BindingOrDerived!.Qualifier);
    }

    [Fact]
    public void A_stated_binding_amount_beats_the_status_rule()
    {
        var state = ClaimResolver.Resolve(
            Deal(Claim("2026-02-27", DealStatus.Signed, Amount.Exact(50e9m, Usd), binding: Amount.Exact(15e9m, Usd))),
            Date("2026-03-01"))!;

        Assert.Equal(Amount.Exact(15e9m, Usd), state.BindingOrDerived);
        Assert.False(state.BindingIsDerived);
    }

    [Fact]
    public void Claims_are_listed_oldest_first()
    {
        var state = ClaimResolver.Resolve(Deal(Claim("2026-02-01"), Claim("2025-09-22"), Claim("2026-01-30")), Date("2026-03-01"))!;

        Assert.Equal(["2025-09-22", "2026-01-30", "2026-02-01"], state.Claims.Select(c => c.Reported.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
