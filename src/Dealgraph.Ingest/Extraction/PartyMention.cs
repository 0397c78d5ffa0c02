namespace Dealgraph.Ingest.Extraction;

/// <summary>A party named in the text: its id when an alias matched, the words as written, and where.</summary>
/// <param name="Id">Party id, or the name as written when no dataset party matched.</param>
/// <param name="Known">True when <paramref name="Id"/> is a dataset party id.</param>
/// <param name="Span">Where the alias stands.</param>
public sealed record PartyMention(string Id, bool Known, TextSpan Span);
