using CsCheck;
using Dealgraph.Core;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Datasets;

/// <summary>Hostile and random input to the dataset reader: it answers with an <see cref="InputException"/> or a dataset, never anything else.</summary>
public sealed class DatasetReaderFuzzTests
{
    private static readonly string Mini = File.ReadAllText(RepoPaths.Data("datasets", "mini", "deals", "nvidia-openai-loi.yaml"));

    [Fact]
    public void Random_mutations_of_a_real_file_fail_only_with_located_input_errors()
    {
        var mutation = Gen.Select(Gen.Int[0, Mini.Length - 1], Gen.Int[0, 8], Gen.String[Gen.Char, 0, 6],
            (at, cut, insert) => Mini[..at] + insert + Mini[Math.Min(Mini.Length, at + cut)..]);
        var context = DatasetReader.Read([RepoPaths.Data("datasets", "mini", "parties.yaml"), RepoPaths.Data("datasets", "mini", "sources.yaml"),
            RepoPaths.Data("datasets", "mini", "deals", "nvidia-openai-round.yaml")]);
        mutation.Sample(text =>
        {
            try
            {
                DatasetReader.ReadText(text, "fuzz.yaml", context);
            }
            catch (InputException e)
            {
                Assert.StartsWith("fuzz.yaml", e.Message, StringComparison.Ordinal);
            }
        }, iter: 3_000);
    }

    [Theory]
    [InlineData("a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n", "anchors")]
    [InlineData("parties: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n", "expected a mapping")]
    [InlineData("\u0000\u0001\u0002", "expected a mapping")]
    [InlineData("parties:\n  - id: \"a'; DROP TABLE deals; --\"\n    name: x\n", "not a valid id")]
    [InlineData("sources:\n  - id: s\n    outlet: o\n    url: \"file:///etc/passwd\"\n", "not an http(s) URL")]
    public void Hostile_yaml_is_refused_cleanly(string yaml, string problem)
    {
        var error = Assert.Throws<InputException>(() => DatasetReader.ReadText(yaml, "hostile.yaml"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
