using System.Text.RegularExpressions;
using Dealgraph.Core.Model;
using Dealgraph.Ingest.Yaml;

namespace Dealgraph.Ingest.Datasets;

/// <summary>Reads one entity (party, source, deal with claims, fact, exchange rate) from its YAML mapping.</summary>
internal static partial class EntityReader
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex Key();

    public static Party Party(YamlMap map)
    {
        var party = new Party(
            SlugOf(map, "id", Slug()),
            map.String("name"),
            map.OptionalWord<PartyKind>("kind") ?? PartyKind.Company,
            map.Strings("aliases"));
        map.RejectUnknownKeys();
        return party;
    }

    public static Source Source(YamlMap map)
    {
        var source = new Source(
            SlugOf(map, "id", Key()),
            map.String("outlet"),
            map.OptionalString("url"),
            map.OptionalDate("published"),
            map.OptionalString("language"),
            map.OptionalString("title"),
            map.OptionalWord<SourceKind>("kind") ?? SourceKind.News);
        if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw map.Error("url", $"'{url}' is not an http(s) URL", map.Find("url")!);
        }
        map.RejectUnknownKeys();
        return source;
    }

    public static Deal Deal(YamlMap map)
    {
        var id = SlugOf(map, "id", Slug());
        var title = map.String("title");
        var kind = map.Word<DealKind>("kind");
        var payer = map.String("payer");
        var payee = map.String("payee");
        var legs = map.Strings("legs");
        var terms = map.OptionalString("terms");
        var claimMaps = map.Maps("claims");
        map.RejectUnknownKeys();
        if (claimMaps.Count == 0)
        {
            throw map.Error("claims", "a deal needs at least one sourced claim", map.Line);
        }
        if (payer == payee)
        {
            throw map.Error("payee", $"payer and payee are both '{payer}'", map.Find("payee")!);
        }
        var claims = claimMaps.Select((c, i) => Claim(c, $"{id}#{i + 1}")).ToList();
        return new Deal(id, title, kind, payer, payee, legs, terms, claims);
    }

    public static Claim Claim(YamlMap map, string defaultId)
    {
        var reported = map.Date("reported");
        var claim = new Claim
        {
            Id = map.OptionalString("id") ?? defaultId,
            Reported = reported,
            Effective = map.OptionalDate("effective") ?? reported,
            SourceId = map.String("source"),
            Stance = map.OptionalWord<Stance>("stance") ?? Stance.Asserts,
            Rank = map.OptionalWord<Rank>("rank") ?? Rank.Normal,
            Status = map.OptionalWord<DealStatus>("status"),
            Headline = map.OptionalAmount("headline"),
            Binding = map.OptionalAmount("binding"),
            Paid = map.OptionalAmount("paid"),
            Terms = map.OptionalString("terms"),
            SupersededBy = map.OptionalString("supersededBy"),
            Quote = map.OptionalString("quote"),
            Note = map.OptionalString("note"),
        };
        map.RejectUnknownKeys();
        if (claim.SupersededBy is not null && claim.Status != DealStatus.Superseded)
        {
            throw map.Error("supersededBy", "goes with status: superseded", map.Find("supersededBy")!);
        }
        return claim;
    }

    public static Fact Fact(YamlMap map, Func<string, FactMetric, string> defaultId)
    {
        var party = map.String("party");
        var metric = map.Word<FactMetric>("metric");
        var reported = map.Date("reported");
        var fact = new Fact
        {
            Id = map.OptionalString("id") ?? defaultId(party, metric),
            Party = party,
            Metric = metric,
            Value = map.Amount("value"),
            SourceId = map.String("source"),
            Reported = reported,
            Effective = map.OptionalDate("effective") ?? reported,
            Rank = map.OptionalWord<Rank>("rank") ?? Rank.Normal,
            Quote = map.OptionalString("quote"),
            Note = map.OptionalString("note"),
        };
        map.RejectUnknownKeys();
        return fact;
    }

    public static FxRate FxRate(YamlMap map)
    {
        var rate = new FxRate(
            Currency(map, "from"),
            Currency(map, "to"),
            map.Decimal("rate"),
            map.Date("date"),
            map.String("source"));
        if (rate.Rate <= 0)
        {
            throw map.Error("rate", "an exchange rate must be positive", map.Find("rate")!);
        }
        map.RejectUnknownKeys();
        return rate;
    }

    private static Core.Money.Currency Currency(YamlMap map, string key)
    {
        var text = map.String(key);
        return Core.Money.Currency.TryParse(text, out var currency)
            ? currency
            : throw map.Error(key, $"'{text}' is not an ISO 4217 currency code", map.Find(key)!);
    }

    private static string SlugOf(YamlMap map, string key, Regex pattern)
    {
        var id = map.String(key);
        return pattern.IsMatch(id)
            ? id
            : throw map.Error(key, $"'{id}' is not a valid id (lower-case letters, digits and dashes, e.g. 'nvidia-openai-2025')", map.Find(key)!);
    }
}
