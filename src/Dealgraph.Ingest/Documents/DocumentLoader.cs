using System.Text;
using Dealgraph.Core;
using Dealgraph.Ingest.Text;

namespace Dealgraph.Ingest.Documents;

/// <summary>
/// Reads a path or an http(s) URL into documents: RSS/Atom feeds give one per item; HTML, Markdown with
/// front matter and plain text give one. Input is bounded (<see cref="FetchLimits.MaxBytes"/>), must be
/// UTF-8 text (a BOM'd UTF-16 file is accepted too); binary or invalid input is an <see cref="InputException"/>
/// with a clear message, and an empty file is an empty document.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Loads <paramref name="pathOrUrl"/>.</summary>
    /// <exception cref="InputException">Missing file, too large, binary, not UTF-8, bad feed, or any HTTP failure.</exception>
    public static IReadOnlyList<TextDocument> Load(string pathOrUrl, FetchLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(pathOrUrl);
        limits ??= FetchLimits.Default;
        if (pathOrUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || pathOrUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            using var fetcher = new BoundedHttpFetcher(limits);
            var body = fetcher.Fetch(pathOrUrl);
            var text = Decode(body.Bytes, pathOrUrl);
            var kind = body.MediaType switch
            {
                "text/html" or "application/xhtml+xml" => Kind.Html,
                "text/plain" or "text/markdown" or "text/x-markdown" => Sniff(text, pathOrUrl),
                _ => Kind.Feed,
            };
            return Parse(text, pathOrUrl, kind, body.Url);
        }
        var info = new FileInfo(pathOrUrl);
        if (!info.Exists)
        {
            throw new InputException(Directory.Exists(pathOrUrl) ? "is a folder; give a file or a URL" : "no such file", pathOrUrl);
        }
        if (info.Length > limits.MaxBytes)
        {
            throw new InputException($"file is {info.Length:N0} bytes; extract reads documents of at most {limits.MaxBytes:N0} bytes (split it)", pathOrUrl);
        }
        var content = Decode(File.ReadAllBytes(pathOrUrl), pathOrUrl);
        return Parse(content, pathOrUrl, Sniff(content, pathOrUrl), null);
    }

    /// <summary>Parses already-decoded text of a known or sniffed kind.</summary>
    public static IReadOnlyList<TextDocument> FromText(string content, string origin) => Parse(content, origin, Sniff(content, origin), null);

    private enum Kind
    {
        Text,
        Markdown,
        Html,
        Feed,
    }

    private static IReadOnlyList<TextDocument> Parse(string content, string origin, Kind kind, string? url) => kind switch
    {
        Kind.Feed => FeedDocumentReader.Read(content, origin),
        Kind.Html => [HtmlDocumentReader.Read(content, origin, url)],
        Kind.Markdown => [WithUrl(MarkdownDocumentReader.Read(content, origin), url)],
        _ => [new TextDocument { Origin = origin, Text = content, Url = url, Published = DateText.Dateline(content) }],
    };

    private static TextDocument WithUrl(TextDocument document, string? url) => document.Url is null && url is not null ? document with { Url = url } : document;

    private static Kind Sniff(string content, string origin)
    {
        var head = content.AsSpan(0, Math.Min(content.Length, 2048)).TrimStart();
        var ext = Path.GetExtension(origin).ToLowerInvariant();
        if (ext is ".rss" or ".atom" or ".xml" || FeedDocumentReader.LooksLikeFeed(content) && head.StartsWith("<"))
        {
            return Kind.Feed;
        }
        if (ext is ".html" or ".htm" || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Html;
        }
        return ext is ".md" or ".markdown" || MarkdownDocumentReader.HasFrontMatter(content) ? Kind.Markdown : Kind.Text;
    }

    private static string Decode(byte[] bytes, string origin)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.Unicode, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd(); // UTF-16 with a byte order mark, either order
        }
        var probe = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (probe.IndexOf((byte)0) >= 0)
        {
            throw new InputException("looks like a binary file (it contains NUL bytes), not a text, HTML, Markdown or feed document", origin);
        }
        return StrictUtf8.Decode(bytes, origin);
    }
}
