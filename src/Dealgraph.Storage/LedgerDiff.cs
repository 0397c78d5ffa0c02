using System.Globalization;
using Dealgraph.Core;
using Dealgraph.Core.Model;

namespace Dealgraph.Storage;

/// <summary>
/// What an import changes, entity by entity: new ones, changed ones (to be replaced whole — a
/// deal with all its claims) and unchanged ones. Computed once, written by each store in its own way.
/// </summary>
public sealed class LedgerDiff
{
    private LedgerDiff(Dataset existing, Dataset incoming)
    {
        Parties = Changes<Party>.Of(existing.Parties, incoming.Parties, p => p.Id);
        Sources = Changes<Source>.Of(existing.Sources, incoming.Sources, s => s.Id);
        Deals = Changes<Deal>.Of(existing.Deals, incoming.Deals, d => d.Id);
        Facts = Changes<Fact>.Of(existing.Facts, incoming.Facts, f => f.Id);
        FxRates = Changes<FxRate>.Of(existing.FxRates, incoming.FxRates, x => $"{x.From}/{x.To}/{x.Date:yyyy-MM-dd}");
        RemovedFacts = StaleNumberedFacts(existing, incoming);
    }

    /// <summary>Party changes.</summary>
    public Changes<Party> Parties { get; }

    /// <summary>Source changes.</summary>
    public Changes<Source> Sources { get; }

    /// <summary>Deal changes (claims travel with their deal).</summary>
    public Changes<Deal> Deals { get; }

    /// <summary>Fact changes.</summary>
    public Changes<Fact> Facts { get; }

    /// <summary>Exchange-rate changes.</summary>
    public Changes<FxRate> FxRates { get; }

    /// <summary>
    /// Stored facts the import drops. Default fact ids are positions (<c>&lt;party&gt;/&lt;metric&gt;#&lt;n&gt;</c>,
    /// numbered across the files of one import), so a party's facts for one metric with default ids
    /// are replaced as a group, as a deal's claims are: a stored numbered fact of a group the import
    /// brings numbered facts for, and that the import no longer numbers, is removed. Facts with an
    /// explicit id are merged by id and never removed, like deals.
    /// </summary>
    public IReadOnlyList<Fact> RemovedFacts { get; }

    /// <summary>Counts for the user.</summary>
    public ImportSummary Summary
    {
        get
        {
            static int Claims(IEnumerable<Deal> deals) => deals.Sum(d => d.Claims.Count);
            return new ImportSummary(
                new StoreCounts(Parties.Added.Count, Sources.Added.Count, Deals.Added.Count, Claims(Deals.Added), Facts.Added.Count, FxRates.Added.Count),
                new StoreCounts(Parties.Updated.Count, Sources.Updated.Count, Deals.Updated.Count, Claims(Deals.Updated), Facts.Updated.Count, FxRates.Updated.Count),
                new StoreCounts(Parties.Unchanged.Count, Sources.Unchanged.Count, Deals.Unchanged.Count, Claims(Deals.Unchanged), Facts.Unchanged.Count, FxRates.Unchanged.Count),
                new StoreCounts(0, 0, 0, 0, RemovedFacts.Count, 0));
        }
    }

    /// <summary>Compares what a store holds with what an import brings.</summary>
    /// <exception cref="InputException">A claim id of the import is already another deal's (claim ids are unique in the ledger).</exception>
    public static LedgerDiff Compute(Dataset existing, Dataset incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        RefuseClaimIdClashes(existing, incoming);
        return new LedgerDiff(existing, incoming);
    }

    private static List<Fact> StaleNumberedFacts(Dataset existing, Dataset incoming)
    {
        var groups = incoming.Facts.Where(IsNumbered).Select(f => (f.Party, f.Metric)).ToHashSet();
        if (groups.Count == 0)
        {
            return [];
        }
        var kept = incoming.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return [.. existing.Facts.Where(f => IsNumbered(f) && groups.Contains((f.Party, f.Metric)) && !kept.Contains(f.Id))];
    }

    /// <summary>True when the fact's id is the default one, <c>&lt;party&gt;/&lt;metric&gt;#&lt;n&gt;</c>.</summary>
    private static bool IsNumbered(Fact fact)
    {
        var prefix = $"{fact.Party}/{Vocabulary<FactMetric>.Name(fact.Metric)}#";
        return fact.Id.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(fact.Id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;
    }

    /// <summary>
    /// The store's own check, against what it read inside the import's transaction (after taking
    /// the import lock), so it holds even when another import landed after the dataset was
    /// validated. The unique index on claims(id) is the last line; this names the deals.
    /// </summary>
    private static void RefuseClaimIdClashes(Dataset existing, Dataset incoming)
    {
        var replaced = incoming.Deals.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var deal in existing.Deals.Where(d => !replaced.Contains(d.Id)))
        {
            foreach (var claim in deal.Claims)
            {
                owners.TryAdd(claim.Id, deal.Id);
            }
        }
        foreach (var deal in incoming.Deals)
        {
            for (var k = 0; k < deal.Claims.Count; k++)
            {
                var id = deal.Claims[k].Id;
                if (!owners.TryAdd(id, deal.Id))
                {
                    throw new InputException($"claim id '{id}' already belongs to deal {owners[id]}", field: $"deal {deal.Id}: claims[{k}].id");
                }
            }
        }
    }
}
