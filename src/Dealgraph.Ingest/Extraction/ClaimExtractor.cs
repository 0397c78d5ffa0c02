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
}
