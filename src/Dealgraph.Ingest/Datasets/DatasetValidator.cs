using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Ingest.Yaml;

namespace Dealgraph.Ingest.Datasets;

/// <summary>Cross-file checks: unique ids, and every reference (party, source, deal) resolves.</summary>
internal static class DatasetValidator
{
    /// <param name="c">What was read.</param>
    /// <param name="context">What the target ledger already holds: references may point into it.</param>
    public static Dataset Validate(DatasetReader.Collected c, Dataset? context)
    {
        var parties = Unique(c.Parties, p => p.Id, "party");
        var sources = Unique(c.Sources, s => s.Id, "source");
        var deals = Unique(c.Deals, d => d.Id, "deal");
        if (context is not null)
        {
            parties.UnionWith(context.Parties.Select(p => p.Id));
            sources.UnionWith(context.Sources.Select(s => s.Id));
            deals.UnionWith(context.Deals.Select(d => d.Id));
        }
        Unique(c.Facts, f => f.Id, "fact");
        Unique(c.FxRates, r => $"{r.From}/{r.To}/{r.Date:yyyy-MM-dd}", "fx rate");
        var claimIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var storedClaimIds = StoredClaimIds(context, c.Deals);

        foreach (var (deal, map) in c.Deals)
        {
            Require(parties, deal.Payer, map, "payer", "party");
            Require(parties, deal.Payee, map, "payee", "party");
            foreach (var leg in deal.Legs)
            {
                Require(deals, leg, map, "legs", "deal");
            }
            var claimMaps = map.Maps("claims");
            for (var i = 0; i < deal.Claims.Count; i++)
            {
                var claim = deal.Claims[i];
                var claimMap = claimMaps[i];
                if (!claimIds.TryAdd(claim.Id, deal.Id))
                {
                    throw claimMap.Error("id", $"duplicate claim id '{claim.Id}' (also in deal '{claimIds[claim.Id]}')", ClaimIdLine(claimMap));
                }
                if (storedClaimIds.TryGetValue(claim.Id, out var owner))
                {
                    throw claimMap.Error("id", $"claim id '{claim.Id}' already belongs to deal {owner}", ClaimIdLine(claimMap));
                }
                Require(sources, claim.SourceId, claimMap, "source", "source");
                if (claim.SupersededBy is { } by)
                {
                    Require(deals, by, claimMap, "supersededBy", "deal");
                }
            }
        }
        foreach (var (fact, map) in c.Facts)
        {
            Require(parties, fact.Party, map, "party", "party");
            Require(sources, fact.SourceId, map, "source", "source");
        }
        foreach (var (rate, map) in c.FxRates)
        {
            Require(sources, rate.SourceId, map, "source", "source");
        }
        return new Dataset(
            [.. c.Parties.Select(p => p.Value)],
            [.. c.Sources.Select(s => s.Value)],
            [.. c.Deals.Select(d => d.Value)],
            [.. c.Facts.Select(f => f.Value)],
            [.. c.FxRates.Select(f => f.Value)]);
    }

    /// <summary>
    /// Claim ids held by stored deals that this import does not replace: claim ids are unique in
    /// the whole ledger, and a replaced deal's claims go with it, so only the others can clash.
    /// </summary>
    private static Dictionary<string, string> StoredClaimIds(Dataset? context, List<Located<Deal>> incoming)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        if (context is null)
        {
            return owners;
        }
        var replaced = incoming.Select(d => d.Value.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var deal in context.Deals.Where(d => !replaced.Contains(d.Id)))
        {
            foreach (var claim in deal.Claims)
            {
                owners.TryAdd(claim.Id, deal.Id);
            }
        }
        return owners;
    }

    /// <summary>The line of the claim's <c>id</c> key when it has one, else of the claim (a default id is positional).</summary>
    private static int ClaimIdLine(YamlMap claim) => claim.Find("id") is { } node ? (int)node.Start.Line : claim.Line;

    private static HashSet<string> Unique<T>(List<Located<T>> items, Func<T, string> id, string what)
    {
        var seen = new Dictionary<string, YamlMap>(StringComparer.Ordinal);
        foreach (var (value, map) in items)
        {
            if (!seen.TryAdd(id(value), map))
            {
                var first = seen[id(value)];
                throw map.Error("id", $"duplicate {what} id '{id(value)}' (first defined at {first.File}:{first.Line})", map.Line);
            }
        }
        return [.. seen.Keys];
    }

    private static void Require(HashSet<string> known, string id, YamlMap map, string key, string what)
    {
        if (!known.Contains(id))
        {
            var node = map.Find(key);
            throw map.Error(key, $"unknown {what} id '{id}'", node is null ? map.Line : (int)node.Start.Line);
        }
    }
}
