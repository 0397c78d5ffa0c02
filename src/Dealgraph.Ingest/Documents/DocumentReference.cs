namespace Dealgraph.Ingest.Documents;

/// <summary>A link a document cites (a Markdown reference, a feed item's link).</summary>
/// <param name="Url">The http(s) address.</param>
/// <param name="Title">The link text, when any.</param>
/// <param name="Outlet">The publisher, from "Outlet: title" link text or the host name.</param>
public sealed record DocumentReference(string Url, string? Title, string Outlet);
