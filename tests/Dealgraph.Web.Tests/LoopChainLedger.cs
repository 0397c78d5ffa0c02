using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// A temp database whose money graph has a great many loops for very few deals: a ring of
/// <see cref="Links"/> hubs where each hub pays the next through any of <see cref="Ways"/> middlemen,
/// so every loop goes round once and there are exactly Ways^Links of them (3^10 = 59,049, of 20 hops
/// each, from 60 deals). Apart from the ring, <see cref="Bystander"/> and its partner pay each other:
/// <c>/api/loops?party=bystander</c> must find every loop of the ledger before it can keep the one
/// that holds the bystander, so the question is slow (hundreds of ms) while its answer is small.
/// </summary>
public sealed class LoopChainLedger : IDisposable
{
    /// <summary>Hubs on the ring.</summary>
    public const int Links = 10;

    /// <summary>Middlemen between one hub and the next.</summary>
    public const int Ways = 3;

    /// <summary>Parties in the ledger: the hubs, their middlemen, the bystander and its partner.</summary>
    public const int PartyCount = (Links * (1 + Ways)) + 2;

    /// <summary>The party on the one loop outside the ring.</summary>
    public const string Bystander = "bystander";

    private static readonly DateOnly Reported = new(2025, 6, 2);
    private readonly TempDirectory _temp = new();

    public LoopChainLedger()
    {
        Db = _temp.File("loop-chain.db");
        using var store = DealStores.Open(Db);
        store.Import(Dataset());
    }

    public string Db { get; }

    public void Dispose() => _temp.Dispose();

    private static Dataset Dataset()
    {
        var parties = new List<Party> { new(Bystander, "Bystander", PartyKind.Company, []), new("partner", "Partner", PartyKind.Company, []) };
        var deals = new List<Deal> { Payment(Bystander, "partner"), Payment("partner", Bystander) };
        for (var hub = 0; hub < Links; hub++)
        {
            parties.Add(new Party($"hub-{hub}", $"Hub {hub}", PartyKind.Company, []));
            for (var way = 0; way < Ways; way++)
            {
                var middleman = $"middleman-{hub}-{way}";
                parties.Add(new Party(middleman, $"Middleman {hub}/{way}", PartyKind.Company, []));
                deals.Add(Payment($"hub-{hub}", middleman));
                deals.Add(Payment(middleman, $"hub-{(hub + 1) % Links}"));
            }
        }
        var source = new Source("generated", "Generated", null, Reported, "en", "A ring of hubs and middlemen", SourceKind.Filing);
        return new Dataset(parties, [source], deals, [], []);
    }

    private static Deal Payment(string payer, string payee) =>
        new($"{payer}-pays-{payee}", $"{payer} pays {payee}", DealKind.Loan, payer, payee, [], null,
        [
            new Claim
            {
                Id = $"{payer}-pays-{payee}#1",
                SourceId = "generated",
                Reported = Reported,
                Effective = Reported,
                Status = DealStatus.Signed,
                Headline = Amount.Exact(1_000_000m, Currency.Usd),
            },
        ]);
}
