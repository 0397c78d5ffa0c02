namespace Dealgraph.Ingest.Extraction;

/// <summary>The source block of a document in the JSON contract.</summary>
public sealed record DocumentSourceView(string? Url, string? Title, DateOnly? Published, string? Language, string? Outlet, string Origin);
