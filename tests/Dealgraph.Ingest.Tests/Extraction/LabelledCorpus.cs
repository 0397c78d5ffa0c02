using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Tests;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>The labelled passages of tests/data/extraction/corpus.yaml and the test parties.</summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<Party> Parties { get; } = DatasetReader.Read([RepoPaths.Data("extraction", "parties.yaml")]).Parties;

    public static IReadOnlyList<Passage> Passages { get; } = Load();

    private static List<Passage> Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(RepoPaths.Data("extraction", "corpus.yaml"))));
        var list = new List<Passage>();
        foreach (YamlMappingNode item in ((YamlSequenceNode)stream.Documents[0].RootNode).Children.Cast<YamlMappingNode>())
        {
            string? S(string key) => item.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
            var expected = ((YamlSequenceNode)item.Children[new YamlScalarNode("expect")]).Children.Cast<YamlMappingNode>().Select(e =>
            {
                string? E(string key) => e.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
                var amount = AmountParser.Parse(E("amount")!);
                if (E("deal") is { } deal)
                {
                    var parts = deal.Split("->", StringSplitOptions.TrimEntries);
                    return new Expected("deal", parts[0], parts[1], amount, E("status"), E("effective"));
                }
                var fact = E("fact")!.Split(' ', StringSplitOptions.TrimEntries);
                return new Expected("fact", fact[0], fact[1], amount, null, E("effective"));
            }).ToList();
            list.Add(new Passage(S("id")!, S("lang")!, DateOnly.Parse(S("date")!, System.Globalization.CultureInfo.InvariantCulture), S("text")!, S("context"), expected));
        }
        return list;
    }
}

/// <summary>One labelled passage; <paramref name="Context"/> is a sentence read before it (not scored).</summary>
internal sealed record Passage(string Id, string Language, DateOnly Date, string Text, string? Context, IReadOnlyList<Expected> Expected);

/// <summary>An expected candidate: deal (payer → payee) or fact (party, metric) with its amount.</summary>
internal sealed record Expected(string Type, string First, string Second, Amount Amount, string? Status, string? Effective);
