namespace Dealgraph.Core.Model;

/// <summary>Everything a ledger holds: parties, sources, deals with their claims, facts and exchange rates.</summary>
public sealed class Dataset(
    IReadOnlyList<Party> parties,
    IReadOnlyList<Source> sources,
    IReadOnlyList<Deal> deals,
    IReadOnlyList<Fact> facts,
    IReadOnlyList<FxRate> fxRates)
{
    private Dictionary<string, Deal>? _dealsById;

    /// <summary>Parties.</summary>
    public IReadOnlyList<Party> Parties { get; } = parties;

    /// <summary>Sources.</summary>
    public IReadOnlyList<Source> Sources { get; } = sources;

    /// <summary>Deals, each with its claims.</summary>
    public IReadOnlyList<Deal> Deals { get; } = deals;

    /// <summary>Party facts.</summary>
    public IReadOnlyList<Fact> Facts { get; } = facts;

    /// <summary>Exchange rates.</summary>
    public IReadOnlyList<FxRate> FxRates { get; } = fxRates;

    private Dictionary<string, Source>? _sourcesById;
    private Dictionary<string, Party>? _partiesById;

    /// <summary>A dataset with nothing in it.</summary>
    public static Dataset Empty { get; } = new([], [], [], [], []);

    /// <summary>Looks a source up by id.</summary>
    public Source? FindSource(string id) =>
        (_sourcesById ??= Sources.ToDictionary(s => s.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>Looks a party up by id.</summary>
    public Party? FindParty(string id) =>
        (_partiesById ??= Parties.ToDictionary(p => p.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    /// <summary>Looks a deal up by id.</summary>
    public Deal? FindDeal(string id) =>
        (_dealsById ??= Deals.ToDictionary(d => d.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
}
