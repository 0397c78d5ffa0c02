namespace Dealgraph.Ingest.Extraction;

/// <summary>The whole answer of <c>dealgraph extract --format json</c>.</summary>
public sealed record ExtractionView(IReadOnlyList<ExtractedDocumentView> Documents);
