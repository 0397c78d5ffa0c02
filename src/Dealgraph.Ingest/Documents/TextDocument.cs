namespace Dealgraph.Ingest.Documents;

/// <summary>A document reduced to plain text plus what it says about itself (title, date, language, links).</summary>
public sealed record TextDocument
{
    /// <summary>The file path or URL it was read from (for feed items, the feed's, with the item's link in <see cref="Url"/>).</summary>
    public required string Origin { get; init; }

    /// <summary>The plain text that extraction reads; candidate spans are offsets into it.</summary>
    public required string Text { get; init; }

    /// <summary>Title, when stated.</summary>
    public string? Title { get; init; }

    /// <summary>The document's own address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>Publication date, when stated.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Language tag as stated (front matter <c>lang</c>, <c>&lt;html lang&gt;</c>).</summary>
    public string? Language { get; init; }

    /// <summary>Publisher or blog name.</summary>
    public string? Outlet { get; init; }

    /// <summary>Author, when stated.</summary>
    public string? Author { get; init; }

    /// <summary>Tags or categories, when stated.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Links the document cites; they become sources in the review file.</summary>
    public IReadOnlyList<DocumentReference> References { get; init; } = [];

    /// <summary>Blog post, news, feed item …: the source kind word of the dataset format.</summary>
    public string Kind { get; init; } = "news";
}
