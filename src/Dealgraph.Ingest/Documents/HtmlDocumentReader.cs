using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dealgraph.Ingest.Documents;

/// <summary>
/// Reads an HTML page with AngleSharp: the main text (the <c>article</c>, else <c>main</c>, else the body,
/// without scripts, navigation, headers, footers and asides), the title and the published date from the
/// usual meta tags (<c>article:published_time</c>, <c>og:*</c>, <c>date</c>, <c>datePublished</c>, <c>&lt;time&gt;</c>).
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly string[] DateMeta =
    [
        "article:published_time", "og:published_time", "published_time", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
    ];

    /// <summary>Reads <paramref name="html"/> from <paramref name="origin"/>.</summary>
    public static TextDocument Read(string html, string origin, string? url = null)
    {
        using var doc = new HtmlParser().ParseDocument(html);
        string? Meta(params string[] names) => names
            .Select(n => doc.QuerySelectorAll("meta").FirstOrDefault(m =>
                string.Equals(m.GetAttribute("property"), n, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(m.GetAttribute("name"), n, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(m.GetAttribute("itemprop"), n, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var published = DateText.Parse(Meta(DateMeta) ?? Meta("datePublished") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var canonical = Meta("og:url") ?? doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? url;
        return new TextDocument
        {
            Origin = origin,
            Text = MainText(doc),
            Title = (Meta("og:title") ?? doc.Title)?.Trim(),
            Published = published,
            Language = doc.DocumentElement.GetAttribute("lang") ?? Meta("og:locale"),
            Outlet = Meta("og:site_name") ?? (canonical is null ? null : OutletName.Host(canonical)),
            Author = Meta("author"),
            Url = canonical,
        };
    }

    /// <summary>The readable text of an HTML fragment (feed item bodies).</summary>
    public static string FragmentText(string html)
    {
        using var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return MainText(doc);
    }

    private static string MainText(IDocument doc)
    {
        foreach (var noise in doc.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, figure figcaption, template").ToList())
        {
            noise.Remove();
        }
        var root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body ?? doc.DocumentElement;
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td").Where(e => !e.Ancestors<IElement>().Any(a => a.LocalName is "p" or "li" or "blockquote")).ToList();
        var text = new StringBuilder();
        if (blocks.Count == 0)
        {
            return Normalize(root.TextContent);
        }
        foreach (var block in blocks)
        {
            var t = Normalize(block.TextContent);
            if (t.Length > 0)
            {
                text.Append(t).Append(block.LocalName == "li" ? "\n" : "\n\n");
            }
        }
        return text.ToString().TrimEnd();
    }

    private static string Normalize(string s) =>
        string.Join(' ', s.Split([' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
