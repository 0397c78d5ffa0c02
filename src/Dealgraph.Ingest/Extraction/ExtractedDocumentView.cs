using Dealgraph.Ingest.Documents;

namespace Dealgraph.Ingest.Extraction;

/// <summary>One document's result: where it came from, what it cites, and its candidates.</summary>
public sealed record ExtractedDocumentView(DocumentSourceView Source, IReadOnlyList<DocumentReference> References, IReadOnlyList<CandidateView> Candidates)
{
    /// <summary>The view of a document and its candidates.</summary>
    public static ExtractedDocumentView Of(TextDocument document, IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        return new(
            new DocumentSourceView(document.Url, document.Title, document.Published, document.Language, document.Outlet, document.Origin),
            document.References,
            [.. candidates.Select(CandidateView.Of)]);
    }
}
