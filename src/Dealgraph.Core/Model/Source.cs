namespace Dealgraph.Core.Model;

/// <summary>Where a claim was read.</summary>
/// <param name="Id">Dataset-wide key, e.g. <c>wsj-2026-01-30</c>.</param>
/// <param name="Outlet">Publisher, e.g. "The Wall Street Journal".</param>
/// <param name="Url">Address of the document, when it has one.</param>
/// <param name="Published">Publication date; null when the document is undated.</param>
/// <param name="Language">BCP 47 tag, e.g. <c>en</c>, <c>zh-Hant</c>.</param>
/// <param name="Title">Headline or title as written (untrusted text).</param>
/// <param name="Kind">What kind of document.</param>
public sealed record Source(
    string Id,
    string Outlet,
    string? Url,
    DateOnly? Published,
    string? Language,
    string? Title,
    SourceKind Kind);
