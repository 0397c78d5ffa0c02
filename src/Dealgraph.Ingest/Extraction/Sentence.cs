namespace Dealgraph.Ingest.Extraction;

/// <summary>One sentence of a document: its span and the paragraph it belongs to.</summary>
/// <param name="Span">Where the sentence stands (trimmed of surrounding spaces).</param>
/// <param name="Paragraph">0-based paragraph number (paragraphs are separated by blank lines).</param>
public sealed record Sentence(TextSpan Span, int Paragraph);
