using Dealgraph.Core.Model;

namespace Dealgraph.Ingest.Extraction;

/// <summary>
/// The extraction pipeline: sentences → amounts, parties, direction, status, kind, metric and date →
/// candidate claims, each with its sentence and span. Rule-based, so every field can be explained.
/// Thread-safe once built; build one per dataset and reuse it.
/// </summary>
public sealed class ClaimExtractor
{
    private readonly PartyRecognizer _parties;

    /// <summary>Builds the extractor for the parties (and their aliases) of a dataset.</summary>
    public ClaimExtractor(IEnumerable<Party> parties) => _parties = new PartyRecognizer(parties);

    /// <summary>Candidates in <paramref name="text"/> (whole text), dated against <paramref name="published"/>.</summary>
    /// <param name="text">The document's plain text.</param>
    /// <param name="published">The document date, for "last September" and the like.</param>
    /// <param name="language">BCP 47 tag when known (zh, zh-Hant, en); otherwise guessed from the text.</param>
    public IReadOnlyList<Candidate> Extract(string text, DateOnly? published = null, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (chinese, traditional) = Script.Guess(text, language);
        var state = new DocumentState(chinese, traditional, published);
        var output = new List<Candidate>();
        foreach (var sentence in SentenceSplitter.Split(text, 0, text.Length))
        {
            CandidateBuilder.Build(text, sentence, state, _parties, output);
        }
        return output;
    }

    /// <summary>
    /// Candidates of many independent texts (documents, or slices of one cut at blank lines), extracted on up to
    /// <paramref name="degree"/> threads while the next ones are read, and yielded in input order, so the output
    /// is the same as extracting them one by one. At most 2 × <paramref name="degree"/> blocks are held at once.
    /// </summary>
    /// <param name="blocks">The texts, read lazily.</param>
    /// <param name="published">The document date.</param>
    /// <param name="degree">Threads; 0 for one per core.</param>
    public IEnumerable<IReadOnlyList<Candidate>> ExtractBlocks(IEnumerable<string> blocks, DateOnly? published = null, int degree = 0)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        degree = degree > 0 ? degree : Environment.ProcessorCount;
        using var source = blocks.GetEnumerator();
        var batchSize = degree * 2;
        var batch = ReadBatch(source, batchSize);
        Task<List<string>>? next = null;
        try
        {
            while (batch.Count > 0)
            {
                // One thread at a time touches the enumerator: the next batch is read only after this one was.
                next = Task.Run(() => ReadBatch(source, batchSize));
                var results = new IReadOnlyList<Candidate>[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, i => results[i] = Extract(batch[i], published));
                foreach (var result in results)
                {
                    yield return result;
                }
                batch = next.GetAwaiter().GetResult();
                next = null;
            }
        }
        finally
        {
            // A caller that stops early must not dispose the source while it is being read.
            next?.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
        }
    }

    private static List<string> ReadBatch(IEnumerator<string> source, int size)
    {
        var batch = new List<string>(size);
        while (batch.Count < size && source.MoveNext())
        {
            batch.Add(source.Current);
        }
        return batch;
    }
}
