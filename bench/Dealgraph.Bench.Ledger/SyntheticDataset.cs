using Dealgraph.Core.Model;
using Dealgraph.Core.Money;

namespace Dealgraph.Bench.Ledger;

/// <summary>A reproducible synthetic ledger: parties, sources, deals with a life cycle of claims each.</summary>
internal static class SyntheticDataset
{
    private static readonly DealStatus[] LifeCycle =
        [DealStatus.Rumored, DealStatus.InTalks, DealStatus.NonBinding, DealStatus.Signed, DealStatus.InProgress, DealStatus.OnIce, DealStatus.ScaledBack, DealStatus.Completed];

    public static Dataset Create(int deals, int claimsPerDeal, int seed = 42)
    {
        var random = new Random(seed);
        var parties = Enumerable.Range(0, Math.Max(10, deals / 20))
            .Select(i => new Party($"party-{i}", $"Party {i}", PartyKind.Company, [$"P{i}", $"公司{i}"])).ToList();
        var sources = Enumerable.Range(0, Math.Max(10, deals / 10))
            .Select(i => new Source($"source-{i}", $"Outlet {i % 50}", $"https://news.example/{i}", new DateOnly(2020, 1, 1).AddDays(i % 2000), "en", $"Story {i}", SourceKind.News)).ToList();
        var list = new List<Deal>(deals);
        for (var d = 0; d < deals; d++)
        {
            var payer = random.Next(parties.Count);
            var payee = (payer + 1 + random.Next(parties.Count - 1)) % parties.Count;
            var start = new DateOnly(2020, 1, 1).AddDays(random.Next(2000));
            var headline = random.Next(1, 1000) * 1_000_000m;
            var claims = new Claim[claimsPerDeal];
            for (var c = 0; c < claimsPerDeal; c++)
            {
                var reported = start.AddDays(c * 7 + random.Next(7));
                claims[c] = new Claim
                {
                    Id = $"deal-{d}#{c + 1}",
                    SourceId = sources[random.Next(sources.Count)].Id,
                    Reported = reported,
                    Effective = reported,
                    Status = LifeCycle[Math.Min(c, LifeCycle.Length - 1)],
                    Headline = c % 3 == 0 ? Amount.UpTo(headline, Currency.Usd) : null,
                    Binding = c % 4 == 3 ? Amount.Exact(headline / 2, Currency.Usd) : null,
                    Quote = c % 5 == 0 ? $"quote {d}/{c}" : null,
                };
            }
            list.Add(new Deal($"deal-{d}", $"Deal {d}", (DealKind)(d % 7), parties[payer].Id, parties[payee].Id, [], null, claims));
        }
        return new Dataset(parties, sources, list, [], []);
    }
}
