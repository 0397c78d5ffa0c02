using System.Globalization;
using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Datasets;

/// <summary>
/// Writes a dataset as a folder that <see cref="DatasetReader"/> reads back to the same state:
/// <c>parties.yaml</c>, <c>sources.yaml</c>, <c>facts.yaml</c>, <c>fx.yaml</c> and one file per deal
/// under <c>deals/</c>. Output is deterministic (sorted, defaults omitted), so two exports of
/// the same ledger are byte-for-byte equal and diff well in review.
/// </summary>
public static class DatasetWriter
{
    /// <summary>
    /// Writes <paramref name="dataset"/> under <paramref name="folder"/> (created if needed). Files at the
    /// paths it writes are replaced; any other <c>*.yaml</c>/<c>*.yml</c> below the folder makes it refuse
    /// before writing anything, since the reader would import that file too and the folder would no
    /// longer re-import to the exported state. Nothing is ever deleted: the files may be hand-written.
    /// </summary>
    /// <exception cref="InputException">The folder holds a dataset file this export would not write, or is a file.</exception>
    public static void Write(Dataset dataset, string folder)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(folder);
        var deals = Path.Combine(folder, "deals");
        var files = new Dictionary<string, Func<YamlNode>>(StringComparer.Ordinal)
        {
            [Path.Combine(folder, "parties.yaml")] = () => List(dataset.Parties.OrderBy(p => p.Id, StringComparer.Ordinal).Select(Party)),
            [Path.Combine(folder, "sources.yaml")] = () => List(dataset.Sources.OrderBy(s => s.Id, StringComparer.Ordinal).Select(Source)),
            [Path.Combine(folder, "facts.yaml")] = () => List(dataset.Facts.OrderBy(f => f.Id, StringComparer.Ordinal).Select(Fact)),
            [Path.Combine(folder, "fx.yaml")] = () => List(dataset.FxRates.OrderBy(x => $"{x.From}/{x.To}/{x.Date:yyyy-MM-dd}", StringComparer.Ordinal).Select(Fx)),
        };
        foreach (var deal in dataset.Deals)
        {
            files[Path.Combine(deals, deal.Id + ".yaml")] = () => Deal(deal);
        }
        RefuseForeignDatasetFiles(folder, files.Keys.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal));
        Directory.CreateDirectory(deals);
        foreach (var (path, root) in files)
        {
            Save(path, root());
        }
    }

    private static void RefuseForeignDatasetFiles(string folder, HashSet<string> written)
    {
        if (File.Exists(folder))
        {
            throw new InputException("--out names a file; give a folder", folder);
        }
        if (!Directory.Exists(folder))
        {
            return;
        }
        var foreign = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(f => !written.Contains(Path.GetFullPath(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (foreign.Count > 0)
        {
            throw new InputException(
                $"the output folder holds {foreign.Count} dataset file(s) this export would not write, so it would not re-import to the exported state; " +
                "export into an empty or new folder, or remove them (an earlier export of another database leaves such files)",
                foreign[0]);
        }
    }

    /// <summary>The shorthand of an amount (<c>up-to USD 100000000000</c>), exact in invariant culture.</summary>
    public static string Shorthand(Amount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        static string N(decimal? v) => v!.Value.ToString(CultureInfo.InvariantCulture);
        var c = amount.Currency.Code;
        return amount.Qualifier switch
        {
            AmountQualifier.Exact => $"{c} {N(amount.Low)}",
            AmountQualifier.About => $"about {c} {N(amount.Low)}",
            AmountQualifier.UpTo => $"up-to {c} {N(amount.High)}",
            AmountQualifier.LessThan => $"less-than {c} {N(amount.High)}",
            AmountQualifier.AtLeast => $"at-least {c} {N(amount.Low)}",
            AmountQualifier.MoreThan => $"more-than {c} {N(amount.Low)}",
            AmountQualifier.Range => $"range {c} {N(amount.Low)} {N(amount.High)}",
            _ => $"unknown {c}",
        };
    }

    private static YamlMappingNode Party(Party p) => Map(
        ("id", p.Id), ("name", p.Name), ("kind", Vocabulary<PartyKind>.Name(p.Kind)), ("aliases", Seq(p.Aliases)));

    private static YamlMappingNode Source(Source s) => Map(
        ("id", s.Id), ("outlet", s.Outlet), ("url", s.Url), ("published", Date(s.Published)), ("language", s.Language),
        ("title", s.Title), ("kind", Vocabulary<SourceKind>.Name(s.Kind)));

    private static YamlMappingNode Deal(Deal d) => Map(
        ("id", d.Id), ("title", d.Title), ("kind", Vocabulary<DealKind>.Name(d.Kind)), ("payer", d.Payer), ("payee", d.Payee),
        ("legs", d.Legs.Count == 0 ? null : Seq(d.Legs)), ("terms", d.Terms),
        ("claims", new YamlSequenceNode(d.Claims.Select((c, i) => (YamlNode)Claim(c, $"{d.Id}#{i + 1}")))));

    private static YamlMappingNode Claim(Claim c, string defaultId) => Map(
        ("id", c.Id == defaultId ? null : c.Id), ("reported", Date(c.Reported)), ("effective", c.Effective == c.Reported ? null : Date(c.Effective)),
        ("source", c.SourceId), ("stance", c.Stance == Stance.Asserts ? null : Vocabulary<Stance>.Name(c.Stance)),
        ("rank", c.Rank == Rank.Normal ? null : Vocabulary<Rank>.Name(c.Rank)),
        ("status", c.Status is { } s ? Vocabulary<DealStatus>.Name(s) : null),
        ("headline", c.Headline is null ? null : Shorthand(c.Headline)), ("binding", c.Binding is null ? null : Shorthand(c.Binding)),
        ("paid", c.Paid is null ? null : Shorthand(c.Paid)), ("terms", c.Terms), ("supersededBy", c.SupersededBy),
        ("quote", c.Quote), ("note", c.Note));

    private static YamlMappingNode Fact(Fact f) => Map(
        ("id", f.Id), ("party", f.Party), ("metric", Vocabulary<FactMetric>.Name(f.Metric)), ("value", Shorthand(f.Value)),
        ("source", f.SourceId), ("reported", Date(f.Reported)), ("effective", f.Effective == f.Reported ? null : Date(f.Effective)),
        ("rank", f.Rank == Rank.Normal ? null : Vocabulary<Rank>.Name(f.Rank)), ("quote", f.Quote), ("note", f.Note));

    private static YamlMappingNode Fx(FxRate x) => Map(
        ("from", x.From.Code), ("to", x.To.Code), ("rate", x.Rate.ToString(CultureInfo.InvariantCulture)), ("date", Date(x.Date)), ("source", x.SourceId));

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static YamlSequenceNode List(IEnumerable<YamlMappingNode> items) => new(items);

    private static YamlSequenceNode Seq(IEnumerable<string> items) =>
        new(items.Select(i => (YamlNode)Scalar(i))) { Style = SequenceStyle.Flow };

    /// <summary>A mapping of the keys whose value is present, in the given order.</summary>
    private static YamlMappingNode Map(params (string Key, object? Value)[] entries)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in entries)
        {
            switch (value)
            {
                case null:
                    break;
                case string text:
                    map.Add(key, Scalar(text));
                    break;
                case YamlNode node:
                    map.Add(key, node);
                    break;
                default:
                    throw new ArgumentException($"unexpected value for {key}", nameof(entries));
            }
        }
        return map;
    }

    /// <summary>Strings are double-quoted when plain style would change their meaning (dates, numbers, "null", leading symbols).</summary>
    private static YamlScalarNode Scalar(string text) => new(text) { Style = NeedsQuotes(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any };

    private static bool NeedsQuotes(string text) =>
        text.Length == 0 || text is "~" or "null" or "true" or "false" or "yes" or "no" ||
        char.IsDigit(text[0]) && !text.Contains(' ', StringComparison.Ordinal) ||
        text.Trim() != text || text.AsSpan().IndexOfAny("\n\r\t") >= 0;

    private static void Save(string path, YamlNode root)
    {
        var stream = new YamlStream(new YamlDocument(root));
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        stream.Save(writer, assignAnchors: false);
    }
}
