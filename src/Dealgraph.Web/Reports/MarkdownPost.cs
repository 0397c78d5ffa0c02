using System.Text;
using Dealgraph.Core.Views;

namespace Dealgraph.Web.Reports;

/// <summary>
/// One deal as a blog post: Jekyll front matter in the seed post's style, the state as of the
/// report date, the timeline of claims as a table and the sources as a reference list.
/// Source text is untrusted: it is escaped so Markdown and HTML in it render as text, in the body
/// and in the front matter (Jekyll themes print <c>{{ page.title }}</c> into HTML as it is), and
/// source addresses are percent-encoded so a Markdown renderer links to them instead of printing them.
/// </summary>
public static class MarkdownPost
{
    /// <summary>The post for <paramref name="detail"/>.</summary>
    public static string Render(DealDetailView detail, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(detail);
        ArgumentNullException.ThrowIfNull(language);
        var d = detail.Deal;
        var md = new StringBuilder();
        md.Append("---\n")
            .Append("layout: post\n")
            .Append("title: ").Append(FrontMatterValue(d.Title)).Append('\n')
            .Append("date: ").Append($"{d.LastReported:yyyy-MM-dd}").Append(" 00:00:00\n")
            .Append("categories: deals\n")
            .Append("tags: [").Append(string.Join(", ", new[] { d.Payer, d.Payee, d.Kind }.Distinct().Select(FrontMatterValue))).Append("]\n")
            .Append("lang: ").Append(language.FrontMatterLang).Append('\n')
            .Append("---\n\n");
        var sources = detail.Claims.Select(c => c.Source).DistinctBy(s => s.Id).ToList();
        var number = sources.Select((s, i) => (s.Id, i + 1)).ToDictionary(p => p.Id, p => p.Item2, StringComparer.Ordinal);

        md.Append($"| | |\n|---|---|\n");
        md.Append($"| {language["asOf"]} | {detail.AsOf:yyyy-MM-dd} |\n");
        md.Append($"| {language["flow"]} | {Text(d.Payer)} → {Text(d.Payee)} |\n");
        md.Append($"| {language["kind"]} | {Text(d.Kind)} |\n");
        md.Append($"| {language["status"]} | {Text(d.Status)}{(d.SupersededBy is { } by ? $" ({language["supersededBy"]} {Text(by)})" : "")} |\n");
        md.Append($"| {language["headline"]} | {Amount(d.Headline)} |\n");
        md.Append($"| {language["binding"]} | {Amount(d.Binding)}{(d.BindingDerived ? " " + language["derived"] : "")} |\n");
        md.Append($"| {language["paid"]} | {Amount(d.Paid)}{(d.PaidDerived ? " " + language["derived"] : "")} |\n\n");

        md.Append("## ").Append(language["timeline"]).Append("\n\n");
        md.Append($"| {language["reported"]} | {language["stance"]} | {language["status"]} | {language["headline"]} | {language["binding"]} | {language["paid"]} | {language["quote"]} | {language["source"]} |\n");
        md.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var c in detail.Claims)
        {
            md.Append($"| {c.Reported:yyyy-MM-dd} | {Text(c.Stance)} | {Text(c.Status)} | {Amount(c.Headline)} | {Amount(c.Binding)} | {Amount(c.Paid)} | {Text(c.Quote)} | [{number[c.Source.Id]}] {Text(c.Source.Outlet)} |\n");
        }
        md.Append("\n## ").Append(language["sources"]).Append("\n\n");
        foreach (var s in sources)
        {
            md.Append($"{number[s.Id]}. ");
            md.Append(s.Url is { } url && IsWebAddress(url) ? $"[{Text(s.Outlet)}](<{LinkDestination(url)}>)" : Text(s.Outlet));
            if (s.Title is { } title)
            {
                md.Append($", “{Text(title)}”");
            }
            if (s.Published is { } published)
            {
                md.Append($", {published:yyyy-MM-dd}");
            }
            md.Append('\n');
        }
        md.Append('\n').Append(language["generated"]).Append('\n');
        return md.ToString();
    }

    /// <summary>An amount as in the dashboard: "≤ USD 100,000,000,000".</summary>
    public static string Amount(AmountView? a)
    {
        if (a is null)
        {
            return "—";
        }
        static string N(decimal? v) => v is { } x ? x.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture) : "?";
        return a.Qualifier switch
        {
            "exact" => $"{a.Currency} {N(a.Low)}",
            "about" => $"~{a.Currency} {N(a.Low)}",
            "up-to" => $"≤ {a.Currency} {N(a.High)}",
            "less-than" => $"< {a.Currency} {N(a.High)}",
            "at-least" => $"≥ {a.Currency} {N(a.Low)}",
            "more-than" => $"> {a.Currency} {N(a.Low)}",
            "range" => $"{a.Currency} {N(a.Low)}–{N(a.High)}",
            _ => $"{a.Currency} ?",
        };
    }

    /// <summary>Untrusted text made inert in Markdown (and the HTML Markdown allows): entities for &lt; &gt; &amp;, backslashes for Markdown syntax, no line breaks.</summary>
    public static string Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "—";
        }
        var s = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<': s.Append("&lt;"); break;
                case '>': s.Append("&gt;"); break;
                case '&': s.Append("&amp;"); break;
                case '\r' or '\n': s.Append(' '); break;
                case '|' or '[' or ']' or '*' or '_' or '`' or '\\' or '#' or '!' or '{' or '}': s.Append('\\').Append(ch); break;
                default: s.Append(ch); break;
            }
        }
        return s.ToString();
    }

    /// <summary>
    /// A front-matter value: HTML-escaped (&amp; &lt; &gt; and the double quote, so a theme that prints it
    /// unescaped, in text or in a double-quoted attribute, shows text) and then YAML double-quoted.
    /// The apostrophe stays: themes quote attributes with double quotes, and themes that escape again
    /// would otherwise show "&amp;#39;" in every possessive.
    /// </summary>
    public static string FrontMatterValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            s.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => ch.ToString(),
            });
        }
        return Quoted(s.ToString());
    }

    /// <summary>A YAML double-quoted scalar: backslash and quote escaped, line breaks made spaces, other control characters as \u escapes.</summary>
    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = new StringBuilder(text.Length + 2).Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': s.Append("\\\\"); break;
                case '"': s.Append("\\\""); break;
                case '\r' or '\n': s.Append(' '); break;
                // YAML reads U+0085, U+2028 and U+2029 as line breaks and forbids raw C0/C1 controls.
                case < ' ' or (>= '\u007f' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff':
                    s.Append($"\\u{(int)ch:X4}"); break;
                default: s.Append(ch); break;
            }
        }
        return s.Append('"').ToString();
    }

    /// <summary>
    /// An http(s) address as a Markdown link destination: every character outside RFC 3986's set
    /// (&lt; &gt; " \\ ` { } | spaces, non-ASCII as UTF-8) and a '%' not starting an escape are
    /// percent-encoded, so the renderer neither stops the link early nor reads markup or Liquid
    /// in it; so is the ';' of an entity-like "&amp;name;", which CommonMark and kramdown would
    /// otherwise turn into a character. Percent-decoding the link gives the address as written.
    /// </summary>
    public static string LinkDestination(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var s = new StringBuilder(url.Length);
        var bytes = Encoding.UTF8.GetBytes(url);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var keep = b < 0x80 && (char.IsAsciiLetterOrDigit((char)b) || "-._~:/?#[]@!$&'()*+,;=".Contains((char)b, StringComparison.Ordinal)
                || (b == '%' && i + 2 < bytes.Length && char.IsAsciiHexDigit((char)bytes[i + 1]) && char.IsAsciiHexDigit((char)bytes[i + 2])));
            if (keep && b == ';' && EndsEntityName(bytes, i))
            {
                keep = false;
            }
            s.Append(keep ? ((char)b).ToString() : $"%{b:X2}");
        }
        return s.ToString();
    }

    // True when bytes[semicolon] closes "&" followed by letters, digits or '#': what Markdown would read as an entity.
    private static bool EndsEntityName(byte[] bytes, int semicolon)
    {
        var i = semicolon - 1;
        while (i >= 0 && (char.IsAsciiLetterOrDigit((char)bytes[i]) || bytes[i] == '#'))
        {
            i--;
        }
        return i >= 0 && i < semicolon - 1 && bytes[i] == '&';
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
