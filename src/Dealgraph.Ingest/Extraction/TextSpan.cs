namespace Dealgraph.Ingest.Extraction;

/// <summary>A half-open range of UTF-16 positions [Start, End) in a document's text.</summary>
/// <param name="Start">First position.</param>
/// <param name="End">Position after the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
