using System.Text;
using Dealgraph.Core;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Ingest.Documents;

/// <summary>
/// Reads a Markdown post with YAML front matter (Jekyll style, like the seed: <c>title</c>, <c>date</c>,
/// <c>author</c>, <c>lang</c>, <c>tags</c>/<c>categories</c>) into plain text; every http(s) link it
/// cites becomes a reference (a later link to the same address, e.g. in a References list, names it).
/// </summary>
public static class MarkdownDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Reads <paramref name="content"/>; <paramref name="origin"/> names the file in errors.</summary>
    /// <exception cref="InputException">The front matter is not valid YAML.</exception>
    public static TextDocument Read(string content, string origin)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (front, body) = SplitFrontMatter(content);
        var meta = front is null ? new Dictionary<string, string>() : Meta(front, origin);
        var document = Markdown.Parse(body, Pipeline);
        var text = new StringBuilder();
        var links = new List<(string Url, string Title)>();
        foreach (var block in document)
        {
            AppendBlock(block, text, links);
        }
        var references = links
            .GroupBy(l => l.Url, StringComparer.Ordinal)
            .Select(g => new DocumentReference(g.Key, g.Last().Title, OutletName.From(g.Key, g.Last().Title)))
            .ToList();
        var plain = text.ToString().TrimEnd();
        return new TextDocument
        {
            Origin = origin,
            Text = plain,
            Title = meta.GetValueOrDefault("title"),
            Published = DateText.Parse(meta.GetValueOrDefault("date")) ?? DateText.Dateline(plain),
            Language = meta.GetValueOrDefault("lang") ?? meta.GetValueOrDefault("language"),
            Author = meta.GetValueOrDefault("author"),
            Outlet = meta.GetValueOrDefault("outlet") ?? meta.GetValueOrDefault("author"),
            Url = meta.GetValueOrDefault("url") ?? meta.GetValueOrDefault("permalink"),
            Tags = [.. (meta.GetValueOrDefault("tags") ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
            References = references,
            Kind = front is null ? "news" : "blog",
        };
    }

    /// <summary>True when the text starts with a <c>---</c> front matter block.</summary>
    public static bool HasFrontMatter(string content) => SplitFrontMatter(content).Front is not null;

    private static (string? Front, string Body) SplitFrontMatter(string content)
    {
        var s = content.StartsWith('\uFEFF') ? content[1..] : content;
        if (!s.StartsWith("---\n", StringComparison.Ordinal) && !s.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return (null, content);
        }
        var firstLineEnd = s.IndexOf('\n', StringComparison.Ordinal) + 1;
        var close = s.IndexOf("\n---", firstLineEnd - 1, StringComparison.Ordinal);
        if (close < 0)
        {
            return (null, content);
        }
        var afterClose = s.IndexOf('\n', close + 4);
        return (s[firstLineEnd..(close + 1)], afterClose < 0 ? "" : s[(afterClose + 1)..]);
    }

    private static Dictionary<string, string> Meta(string front, string origin)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(front));
        }
        catch (YamlException e)
        {
            throw new InputException($"front matter is not valid YAML: {e.Message}", origin, (int)e.Start.Line + 1, "front matter");
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            return result;
        }
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } k })
            {
                result[k] = value switch
                {
                    YamlScalarNode s => s.Value ?? "",
                    YamlSequenceNode seq => string.Join(", ", seq.Children.OfType<YamlScalarNode>().Select(c => c.Value)),
                    _ => "",
                };
            }
        }
        return result;
    }

    private static void AppendBlock(Block block, StringBuilder text, List<(string, string)> links)
    {
        switch (block)
        {
            case LeafBlock { Inline: { } inline } leaf when leaf is ParagraphBlock or HeadingBlock:
                AppendInlines(inline, text, links);
                text.Append(block.Parent is ListItemBlock ? "\n" : "\n\n");
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    AppendBlock(child, text, links);
                }
                if (container is ListBlock)
                {
                    text.Append('\n');
                }
                break;
        }
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text, List<(string, string)> links)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case LinkInline link:
                    var from = text.Length;
                    AppendInlines(link, text, links);
                    if (link.Url is { } url && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
                    {
                        links.Add((url, text.ToString(from, text.Length - from).Trim()));
                    }
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, text, links);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
            }
        }
    }
}
