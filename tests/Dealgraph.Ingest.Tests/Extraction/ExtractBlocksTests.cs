using Dealgraph.Ingest.Extraction;
using Dealgraph.Tests;

namespace Dealgraph.Ingest.Tests.Extraction;

/// <summary>Blocks extracted on several threads come back in input order, with what extracting them one by one gives.</summary>
public sealed class ExtractBlocksTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Parallel_blocks_give_the_sequential_candidates_in_input_order(int degree)
    {
        var extractor = new ClaimExtractor(LabelledCorpus.Parties);
        var seed = File.ReadAllText(RepoPaths.Data("seed", "000_e492adb29fa69d40.txt"));
        // Every passage of the labelled corpus, and the seed post, several times over: more blocks than threads.
        var blocks = Enumerable.Range(0, 3).SelectMany(_ => LabelledCorpus.Passages.Select(p => p.Text).Append(seed)).ToList();
        var date = new DateOnly(2026, 1, 31);
        var expected = blocks.Select(b => extractor.Extract(b, date)).ToList();

        var actual = extractor.ExtractBlocks(blocks, date, degree).ToList();

        Assert.Equal(expected.Count, actual.Count);
        Assert.Contains(expected, e => e.Count > 0);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Select(Fields), actual[i].Select(Fields));
        }
    }

    [Fact]
    public void A_caller_that_stops_early_gets_the_first_blocks()
    {
        var extractor = new ClaimExtractor(LabelledCorpus.Parties);
        var texts = LabelledCorpus.Passages.Select(p => p.Text).ToList();

        var first = extractor.ExtractBlocks(texts, new DateOnly(2026, 1, 31), 2).Take(3).ToList();

        Assert.Equal(texts.Take(3).Select(t => string.Join("\n", extractor.Extract(t, new DateOnly(2026, 1, 31)).Select(Fields))),
            first.Select(f => string.Join("\n", f.Select(Fields))));
    }

    // A record compares its lists by reference: spell every field out.
    private static string Fields(Candidate c) => c with { StatusWords = [] } + " words " + string.Join(",", c.StatusWords);
}
