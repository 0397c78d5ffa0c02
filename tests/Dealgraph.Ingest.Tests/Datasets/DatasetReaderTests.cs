using Dealgraph.Core;
using Dealgraph.Core.Model;
using Dealgraph.Core.Money;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Datasets;

public sealed class DatasetReaderTests
{
    [Fact]
    public void Reads_a_dataset_folder_recursively()
    {
        var dataset = DatasetReader.Read([RepoPaths.Data("datasets", "mini")]);

        Assert.Equal(2, dataset.Parties.Count);
        Assert.Equal(4, dataset.Sources.Count);
        Assert.Equal(2, dataset.Deals.Count);
        Assert.Contains("輝達", dataset.FindParty("nvidia")!.Aliases);
    }

    [Fact]
    public void Claims_get_ids_and_effective_dates_by_default()
    {
        var loi = DatasetReader.Read([RepoPaths.Data("datasets", "mini")]).FindDeal("nvidia-openai-loi")!;

        Assert.Equal("nvidia-openai-loi#1", loi.Claims[0].Id);
        Assert.Equal(loi.Claims[0].Reported, loi.Claims[0].Effective);
        Assert.Equal(Stance.Asserts, loi.Claims[0].Stance);
        Assert.Equal(Rank.Normal, loi.Claims[0].Rank);
    }

    [Theory]
    [InlineData("{ high: 100e9, currency: USD, qualifier: up-to }", AmountQualifier.UpTo, "0", "100000000000")]
    [InlineData("{ value: 30e9, currency: USD }", AmountQualifier.Exact, "30000000000", "30000000000")]
    [InlineData("{ low: 15 billion, high: 50 billion, currency: usd }", AmountQualifier.Range, "15000000000", "50000000000")]
    [InlineData("{ low: 6.3B, currency: USD }", AmountQualifier.AtLeast, "6300000000", null)]
    [InlineData("{ high: 100000000000, currency: USD, qualifier: less-than }", AmountQualifier.LessThan, "0", "100000000000")]
    [InlineData("{ currency: USD }", AmountQualifier.Unknown, null, null)]
    [InlineData("less-than USD 100 billion", AmountQualifier.LessThan, "0", "100000000000")]
    public void Amounts_may_be_written_as_mappings_or_shorthand(string yaml, AmountQualifier qualifier, string? low, string? high)
    {
        var amount = ReadHeadline(yaml);

        Assert.Equal(qualifier, amount.Qualifier);
        Assert.Equal(low is null ? null : decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), amount.Low);
        Assert.Equal(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), amount.High);
    }

    [Theory]
    [InlineData("{ value: 5, low: 1, currency: USD }", "value or low/high")]
    [InlineData("{ value: 5, currency: USD, qualifier: range }", "takes low and high, not value")]
    [InlineData("{ value: 5, currency: USD, qualifier: up-to }", "takes high, not value")]
    [InlineData("{ low: 9, high: 1, currency: USD }", "exceeds")]
    [InlineData("{ value: 5, currency: USD, precision: 2 }", "unknown key")]
    [InlineData("[1, 2]", "expected a mapping")]
    public void Malformed_amounts_are_located_errors(string yaml, string problem)
    {
        var error = Assert.Throws<InputException>(() => ReadHeadline(yaml));

        Assert.Equal("inline.yaml", error.File);
        Assert.Equal(15, error.Line);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_list_must_be_named_for_its_section()
    {
        var error = Assert.Throws<InputException>(() => DatasetReader.ReadText("- id: nvidia\n  name: Nvidia\n", "companies.yaml"));

        Assert.Contains("parties, sources, facts or fx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_list_named_parties_is_read_as_parties()
    {
        var dataset = DatasetReader.ReadText("- id: nvidia\n  name: Nvidia\n  kind: company\n", "parties.yaml");

        Assert.Equal("Nvidia", Assert.Single(dataset.Parties).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n# a document marker and a comment\n")]
    public void An_empty_or_comment_only_file_is_refused_at_line_1(string yaml)
    {
        var error = Assert.Throws<InputException>(() => DatasetReader.ReadText(yaml, "empty.yaml"));

        Assert.StartsWith("empty.yaml:1: the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parties:\n  - id: Nvidia Corp\n    name: x\n", "not a valid id")]
    [InlineData("parties:\n  - name: x\n", "is required")]
    [InlineData("sources:\n  - id: s\n    outlet: o\n    url: javascript:alert(1)\n", "not an http(s) URL")]
    [InlineData("parties:\n  - id: a\n    name: x\n    kind: bank\n", "not one of")]
    [InlineData("documents: []\n", "unknown key")]
    [InlineData("--- a\n--- b\n", "one YAML document")]
    public void Bad_entities_are_refused_with_a_reason(string yaml, string problem)
    {
        var error = Assert.Throws<InputException>(() => DatasetReader.ReadText(yaml, "x.yaml"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("x.yaml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_and_fx_rates_are_read_and_checked()
    {
        const string yaml = """
            parties:
              - id: openai
                name: OpenAI
            sources:
              - id: s
                outlet: Reuters
            facts:
              - party: openai
                metric: valuation
                value: USD 852e9
                reported: 2026-03-31
                source: s
            fx:
              - from: TWD
                to: USD
                rate: "0.0305"
                date: 2026-01-02
                source: s
            """;

        var dataset = DatasetReader.ReadText(yaml, "facts.yaml");

        Assert.Equal("openai/valuation#1", Assert.Single(dataset.Facts).Id);
        Assert.Equal(0.0305m, Assert.Single(dataset.FxRates).Rate);
    }

    public static TheoryData<string> SchemaCounterexamples =>
        [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "schema", "testdata", "bad"), "*.yaml").Select(f => Path.GetFileName(f))];

    /// <summary>The JSON Schema and the reader must agree: every file the schema's own tests reject, the reader rejects.</summary>
    [Theory]
    [MemberData(nameof(SchemaCounterexamples))]
    public void The_reader_refuses_every_file_the_schema_refuses(string file)
    {
        var path = Path.Combine(RepoPaths.Root, "schema", "testdata", "bad", file);

        var error = Assert.Throws<InputException>(() => DatasetReader.Read([path]));

        Assert.StartsWith(path + ":", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_example_reads_cleanly()
    {
        var dataset = DatasetReader.Read([RepoPaths.Example]);

        Assert.True(dataset.Deals.Count >= 25);
        Assert.All(dataset.Deals.SelectMany(d => d.Claims), c => Assert.NotNull(dataset.FindSource(c.SourceId)));
    }

    private static Amount ReadHeadline(string amountYaml)
    {
        var yaml = $"""
            parties:
              - id: a
                name: A
              - id: b
                name: B
            sources:
              - id: s
                outlet: S
            deals:
              - id: d
                title: t
                kind: loan
                payer: a
                payee: b
                claims: [ {"{"} reported: 2026-01-01, source: s, headline: {amountYaml} {"}"} ]
            """;
        return DatasetReader.ReadText(yaml, "inline.yaml").Deals[0].Claims[0].Headline!;
    }
}
