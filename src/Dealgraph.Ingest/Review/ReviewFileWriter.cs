using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Documents;
using Dealgraph.Ingest.Extraction;

namespace Dealgraph.Ingest.Review;

/// <summary>
/// Writes candidates as a review file: a dataset file (docs/dataset-format.md) whose deals and facts each
/// carry <c>accept: false</c>. A person sets <c>accept: true</c> on the ones that are right (fixing ids or
/// amounts as needed); <c>dealgraph import</c> then takes only those, each claim citing the document as its source.
/// </summary>
public static class ReviewFileWriter
{
    /// <summary>The review file for the documents and their candidates.</summary>
    /// <param name="documents">Each document with its candidates.</param>
    /// <param name="today">Date used as <c>reported</c> when a document is undated.</param>
    public static string Write(IReadOnlyList<(TextDocument Document, IReadOnlyList<Candidate> Candidates)> documents, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var sb = new StringBuilder();
        sb.Append("# Review file written by `dealgraph extract`. Nothing here is imported until you set `accept: true`\n");
        sb.Append("# on a deal or fact (fix payer/payee/party ids, kind and amounts first). Then: dealgraph import THIS_FILE\n");
        var sources = new List<string>();
        var deals = new List<string>();
        var facts = new List<string>();
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        var dealIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, candidates) in documents)
        {
            var sourceId = SourceId(document.Url ?? document.Origin + "#" + document.Title, document.Published);
            var reported = document.Published ?? today;
            if (sourceIds.Add(sourceId))
            {
                sources.Add(Source(sourceId, document.Outlet ?? OutletName.Host(document.Url ?? "") ?? Path.GetFileName(document.Origin), document.Url,
                    document.Published, document.Language, document.Title, document.Kind == "blog" ? "blog" : "news"));
            }
            foreach (var reference in document.References)
            {
                var id = SourceId(reference.Url, null);
                if (sourceIds.Add(id))
                {
                    sources.Add(Source(id, reference.Outlet, reference.Url, null, null, reference.Title, "news"));
                }
            }
            foreach (var c in candidates)
            {
                if (c.Type == CandidateType.Fact)
                {
                    facts.Add(Fact(c, sourceId, reported));
                    continue;
                }
                var baseId = Slug($"{c.Payer!.Id}-{c.Payee!.Id}-{reported.Year}");
                var n = dealIds[baseId] = dealIds.GetValueOrDefault(baseId) + 1;
                deals.Add(Deal(c, $"{baseId}-x{n}", sourceId, reported));
            }
        }
        Section(sb, "sources", sources);
        Section(sb, "deals", deals);
        Section(sb, "facts", facts);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string name, List<string> items)
    {
        sb.Append(name).Append(':');
        sb.Append(items.Count == 0 ? " []\n" : "\n");
        foreach (var item in items)
        {
            sb.Append(item);
        }
    }

    private static string Source(string id, string outlet, string? url, DateOnly? published, string? language, string? title, string kind)
    {
        var sb = new StringBuilder();
        sb.Append("  - id: ").Append(id).Append('\n');
        sb.Append("    outlet: ").Append(Quote(outlet)).Append('\n');
        if (url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
        {
            sb.Append("    url: ").Append(Quote(url)).Append('\n');
        }
        if (published is { } p)
        {
            sb.Append("    published: ").Append(Date(p)).Append('\n');
        }
        if (language is not null)
        {
            sb.Append("    language: ").Append(Quote(language)).Append('\n');
        }
        if (title is not null)
        {
            sb.Append("    title: ").Append(Quote(title)).Append('\n');
        }
        sb.Append("    kind: ").Append(kind).Append('\n');
        return sb.ToString();
    }

    private static string Deal(Candidate c, string id, string sourceId, DateOnly reported)
    {
        var sb = new StringBuilder();
        var kind = c.Kind ?? DealKind.EquityInvestment;
        sb.Append("  - accept: false\n");
        sb.Append(CultureInfo.InvariantCulture, $"    # confidence {c.Confidence}; {(c.Cue is null ? c.FromContext ? "parties from earlier sentences" : "direction assumed from word order" : "direction from '" + c.Cue + "'")}{(c.Kind is null ? "; kind not stated" : "")}\n");
        sb.Append("    id: ").Append(id).Append('\n');
        sb.Append("    title: ").Append(Quote($"{c.Payer!.Id} → {c.Payee!.Id}{(c.Amount is null ? "" : ": " + AmountFormatter.Format(c.Amount))}")).Append('\n');
        sb.Append("    kind: ").Append(Vocabulary<DealKind>.Name(kind)).Append('\n');
        sb.Append("    payer: ").Append(Quote(c.Payer.Id)).Append('\n');
        sb.Append("    payee: ").Append(Quote(c.Payee.Id)).Append('\n');
        sb.Append("    claims:\n");
        sb.Append("      - reported: ").Append(Date(reported)).Append('\n');
        if (EffectiveDate(c.Effective) is { } effective)
        {
            sb.Append("        effective: ").Append(effective).Append('\n');
        }
        sb.Append("        source: ").Append(sourceId).Append('\n');
        if (c.Status is { } status)
        {
            sb.Append("        status: ").Append(Vocabulary<DealStatus>.Name(status)).Append('\n');
        }
        if (c.Amount is { } amount)
        {
            sb.Append("        headline: ").Append(Quote(Shorthand(amount))).Append('\n');
        }
        if (c.Terms is { } terms)
        {
            sb.Append("        terms: ").Append(Quote(terms)).Append('\n');
        }
        sb.Append("        quote: ").Append(Quote(c.Quote)).Append('\n');
        return sb.ToString();
    }

    private static string Fact(Candidate c, string sourceId, DateOnly reported)
    {
        var sb = new StringBuilder();
        sb.Append("  - accept: false\n");
        sb.Append(CultureInfo.InvariantCulture, $"    # confidence {c.Confidence}; metric from '{c.Cue}'{(c.FromContext ? "; party from earlier sentences" : "")}\n");
        sb.Append("    party: ").Append(Quote(c.Party!.Id)).Append('\n');
        sb.Append("    metric: ").Append(Vocabulary<FactMetric>.Name(c.Metric!.Value)).Append('\n');
        sb.Append("    value: ").Append(Quote(Shorthand(c.Amount!))).Append('\n');
        sb.Append("    source: ").Append(sourceId).Append('\n');
        sb.Append("    reported: ").Append(Date(reported)).Append('\n');
        if (EffectiveDate(c.Effective) is { } effective)
        {
            sb.Append("    effective: ").Append(effective).Append('\n');
        }
        sb.Append("    quote: ").Append(Quote(c.Quote)).Append('\n');
        return sb.ToString();
    }

    /// <summary>The dataset shorthand of an amount: <c>up-to USD 100000000000</c>.</summary>
    public static string Shorthand(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        static string F(decimal? v) => v!.Value.ToString("0.############", CultureInfo.InvariantCulture);
        var q = Vocabulary<AmountQualifier>.Name(amount.Qualifier);
        var c = amount.Currency.Code;
        return amount.Qualifier switch
        {
            AmountQualifier.Exact => $"{c} {F(amount.Low)}",
            AmountQualifier.About or AmountQualifier.AtLeast or AmountQualifier.MoreThan => $"{q} {c} {F(amount.Low)}",
            AmountQualifier.UpTo or AmountQualifier.LessThan => $"{q} {c} {F(amount.High)}",
            AmountQualifier.Range => $"range {c} {F(amount.Low)} {F(amount.High)}",
            _ => $"unknown {c}",
        };
    }

    // A month ("2025-09") is dated to its first day: the dataset stores days.
    private static string? EffectiveDate(string? effective) => effective?.Length switch
    {
        10 => effective,
        7 => effective + "-01",
        _ => null,
    };

    private static string SourceId(string key, DateOnly? published)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        var host = OutletName.Host(key) is { } h ? Slug(h.Replace('.', '-')) : "doc";
        return published is { } p ? $"{host}-{Date(p)}-{hash}" : $"{host}-{hash}";
    }

    private static string Slug(string s)
    {
        var sb = new StringBuilder();
        foreach (var ch in s.ToLowerInvariant())
        {
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '-');
        }
        var slug = string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "party" : slug;
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar (JSON escapes are valid YAML).</summary>
    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s, Core.Views.ViewJson.Options).Replace("\n", "", StringComparison.Ordinal);
}
