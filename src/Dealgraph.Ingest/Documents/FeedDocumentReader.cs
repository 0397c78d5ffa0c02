using System.Xml;
using System.Xml.Linq;
using Dealgraph.Core;

namespace Dealgraph.Ingest.Documents;

/// <summary>
/// Reads every item of an RSS 2.0 or Atom feed as a document (title, link, date, text of the description
/// or content). DTDs are refused and the XML is bounded, so a hostile feed cannot expand or reach out.
/// </summary>
public static class FeedDocumentReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>True when the text looks like a feed (an <c>rss</c> or Atom <c>feed</c> root near the start).</summary>
    public static bool LooksLikeFeed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) || head.Contains("<rdf:RDF", StringComparison.Ordinal);
    }

    /// <summary>Reads the items; <paramref name="origin"/> names the feed in errors.</summary>
    /// <exception cref="InputException">Not well-formed XML, or neither RSS nor Atom.</exception>
    public static IReadOnlyList<TextDocument> Read(string xml, string origin)
    {
        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = 64L * 1024 * 1024 };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new InputException($"not a well-formed RSS or Atom feed: {e.Message}", origin, e.LineNumber > 0 ? e.LineNumber : null);
        }
        var root = doc.Root!;
        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel") ?? throw new InputException("RSS feed has no <channel>", origin);
            var outlet = Trimmed(channel.Element("title")?.Value);
            var language = Trimmed(channel.Element("language")?.Value);
            return [.. channel.Elements("item").Select(item => Item(origin, outlet, language,
                item.Element("title")?.Value, item.Element("link")?.Value,
                item.Element("pubDate")?.Value ?? item.Element(Dc + "date")?.Value,
                item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value,
                item.Element("author")?.Value ?? item.Element(Dc + "creator")?.Value))];
        }
        if (root.Name == Atom + "feed")
        {
            var outlet = Trimmed(root.Element(Atom + "title")?.Value);
            var language = root.Attribute(XNamespace.Xml + "lang")?.Value;
            return [.. root.Elements(Atom + "entry").Select(entry => Item(origin, outlet, entry.Attribute(XNamespace.Xml + "lang")?.Value ?? language,
                entry.Element(Atom + "title")?.Value,
                (entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? entry.Element(Atom + "link"))?.Attribute("href")?.Value,
                entry.Element(Atom + "published")?.Value ?? entry.Element(Atom + "updated")?.Value,
                entry.Element(Atom + "content")?.Value ?? entry.Element(Atom + "summary")?.Value,
                entry.Element(Atom + "author")?.Element(Atom + "name")?.Value))];
        }
        throw new InputException($"XML root <{root.Name.LocalName}> is neither an RSS <rss> nor an Atom <feed>", origin, ((IXmlLineInfo)root).LineNumber);
    }

    private static TextDocument Item(string origin, string? outlet, string? language, string? title, string? link, string? date, string? body, string? author)
    {
        var text = body is null ? "" : body.Contains('<', StringComparison.Ordinal) ? HtmlDocumentReader.FragmentText(body) : body.Trim();
        var t = Trimmed(title);
        // The title is news text too ("Amazon in talks to invest $50 billion in OpenAI").
        return new TextDocument
        {
            Origin = origin,
            Text = t is null ? text : t + "\n\n" + text,
            Title = t,
            Url = Trimmed(link),
            Published = DateText.Parse(date),
            Language = language,
            Outlet = outlet ?? (link is null ? null : OutletName.Host(link)),
            Author = Trimmed(author),
            Kind = "news",
        };
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
