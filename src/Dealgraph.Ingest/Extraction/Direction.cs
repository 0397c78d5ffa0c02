namespace Dealgraph.Ingest.Extraction;

/// <summary>Who pays whom in a sentence, and the cue that says so (null when only the order of names did).</summary>
/// <param name="Payer">The paying party.</param>
/// <param name="Payee">The paid party.</param>
/// <param name="Cue">The direction words, or null when the order of mention was assumed.</param>
/// <param name="CueAt">Where the cue stands (a particle phrase: its particle); null with <paramref name="Cue"/>.</param>
public sealed record Direction(PartyMention Payer, PartyMention Payee, string? Cue, TextSpan? CueAt = null);
