using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Core.Tests.Resolution;

/// <summary>Builds claims and deals for resolution tests with short, readable calls.</summary>
internal static class ClaimBuilder
{
    private static int _next;

    public static Claim Claim(string reported, DealStatus? status = null, Amount? headline = null, string? effective = null,
        Rank rank = Rank.Normal, Stance stance = Stance.Asserts, Amount? binding = null) => new()
        {
            Id = $"c{Interlocked.Increment(ref _next)}",
            SourceId = "s",
            Reported = DateOnly.Parse(reported, System.Globalization.CultureInfo.InvariantCulture),
            Effective = DateOnly.Parse(effective ?? reported, System.Globalization.CultureInfo.InvariantCulture),
            Status = status,
            Headline = headline,
            Binding = binding,
            Rank = rank,
            Stance = stance,
        };

    public static Deal Deal(params Claim[] claims) =>
        new("d", "a deal", DealKind.EquityInvestment, "a", "b", [], null, claims);

    public static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
