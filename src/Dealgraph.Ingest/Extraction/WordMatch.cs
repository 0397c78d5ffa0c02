namespace Dealgraph.Ingest.Extraction;

/// <summary>A cue word found in a sentence: what it means and where it stands.</summary>
/// <typeparam name="T">What the word signals (a status, a kind, a metric).</typeparam>
/// <param name="Value">The meaning.</param>
/// <param name="Word">The words as written.</param>
/// <param name="Span">Where.</param>
public sealed record WordMatch<T>(T Value, string Word, TextSpan Span);
