using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Ingest.Text;
using Dealgraph.Ingest.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Datasets;

/// <summary>
/// Reads a dataset — a folder of YAML files (recursively) or one file — into a validated
/// <see cref="Dataset"/>. The whole dataset is read and checked before anything is returned,
/// so an import never sees half a dataset. See docs/dataset-format.md.
/// </summary>
public static class DatasetReader
{
    private static readonly string[] Sections = ["parties", "sources", "deals", "facts", "fx"];

    /// <summary>Reads every <c>*.yaml</c>/<c>*.yml</c> under the given paths (files or folders).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="context">What the target ledger already holds; references may point into it.</param>
    /// <exception cref="InputException">Any file is unreadable, malformed or inconsistent.</exception>
    public static Dataset Read(IEnumerable<string> paths, Dataset? context = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var collected = new Collected();
        foreach (var file in paths.SelectMany(Expand))
        {
            ReadFile(file, collected);
        }
        return DatasetValidator.Validate(collected, context);
    }

    /// <summary>Reads a dataset from YAML text (one file's content), naming <paramref name="displayPath"/> in errors.</summary>
    public static Dataset ReadText(string yaml, string displayPath, Dataset? context = null)
    {
        var collected = new Collected();
        ReadNode(YamlFile.Load(yaml, displayPath), displayPath, collected);
        return DatasetValidator.Validate(collected, context);
    }

    private static IEnumerable<string> Expand(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
            return files.Count > 0 ? files : throw new InputException("no .yaml or .yml files in this folder", path);
        }
        return File.Exists(path) ? [path] : throw new InputException("no such file or folder", path);
    }

    private static void ReadFile(string file, Collected collected)
    {
        var info = new FileInfo(file);
        if (info.Length > YamlFile.MaxBytes)
        {
            throw new InputException($"file is {info.Length:N0} bytes; dataset files are limited to {YamlFile.MaxBytes:N0}", file);
        }
        ReadNode(YamlFile.Load(StrictUtf8.Decode(File.ReadAllBytes(file), file), file), file, collected);
    }

    private static void ReadNode(YamlNode? root, string file, Collected collected)
    {
        switch (root)
        {
            case null or YamlScalarNode { Value: null or "", Style: ScalarStyle.Plain or ScalarStyle.Any }:
                // A file that states nothing is an accident (emptied by an edit, a comment left
                // alone), not a dataset: accepting it silently imported nothing and said "Nothing changed."
                throw new InputException("the file is empty (no YAML content, only blank lines or comments)", file, 1);
            case YamlSequenceNode:
                var stem = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
                if (!Sections.Contains(stem) || stem == "deals")
                {
                    throw new InputException(
                        "a file that is a bare list must be named parties, sources, facts or fx (.yaml); otherwise use 'parties:', 'sources:', 'deals:' … keys",
                        file, (int)root.Start.Line);
                }
                var wrapper = new YamlMappingNode { { stem, root } };
                ReadSections(YamlMap.From(wrapper, file, ""), collected);
                return;
            default:
                var map = YamlMap.From(root, file, "");
                if (map.Has("payer"))
                {
                    if (ReviewMark.Accepted(map))
                    {
                        collected.Deals.Add(new(EntityReader.Deal(map), map));
                    }
                }
                else
                {
                    ReadSections(map, collected);
                }
                return;
        }
    }

    private static void ReadSections(YamlMap map, Collected collected)
    {
        collected.Parties.AddRange(map.Maps("parties").Select(m => new Located<Party>(EntityReader.Party(m), m)));
        collected.Sources.AddRange(map.Maps("sources").Select(m => new Located<Source>(EntityReader.Source(m), m)));
        collected.Deals.AddRange(map.Maps("deals").Where(ReviewMark.Accepted).Select(m => new Located<Deal>(EntityReader.Deal(m), m)));
        collected.Facts.AddRange(map.Maps("facts").Where(ReviewMark.Accepted).Select(m => new Located<Fact>(EntityReader.Fact(m, collected.NextFactId), m)));
        collected.FxRates.AddRange(map.Maps("fx").Select(m => new Located<FxRate>(EntityReader.FxRate(m), m)));
        map.RejectUnknownKeys();
    }

    /// <summary>Everything read so far, with locations.</summary>
    internal sealed class Collected
    {
        private readonly Dictionary<(string, FactMetric), int> _factCounts = [];

        public List<Located<Party>> Parties { get; } = [];

        public List<Located<Source>> Sources { get; } = [];

        public List<Located<Deal>> Deals { get; } = [];

        public List<Located<Fact>> Facts { get; } = [];

        public List<Located<FxRate>> FxRates { get; } = [];

        public string NextFactId(string party, FactMetric metric)
        {
            var n = _factCounts[(party, metric)] = _factCounts.GetValueOrDefault((party, metric)) + 1;
            return $"{party}/{Vocabulary<FactMetric>.Name(metric)}#{n}";
        }
    }
}
