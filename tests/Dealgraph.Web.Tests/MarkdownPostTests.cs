using System.Net;
using AngleSharp.Html.Parser;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Web.Reports;
using YamlDotNet.RepresentationModel;

namespace Dealgraph.Web.Tests;

/// <summary>
/// The Markdown posts of <c>dealgraph report</c> on untrusted text (the euro dataset): front matter a
/// Jekyll theme may print unescaped, and source addresses that must stay links.
/// </summary>
public sealed class MarkdownPostTests(EuroLedger euro) : IClassFixture<EuroLedger>
{
    private const string LoanDeal = "kestrel-helios-loan";

    [Fact]
    public void A_deal_title_with_markup_reaches_the_front_matter_HTML_escaped_and_the_YAML_stays_valid()
    {
        var (front, _) = Split(Post(LoanDeal));
        var title = Dataset().Deals.Single(d => d.Id == LoanDeal).Title;

        var yaml = new YamlStream();
        yaml.Load(new StringReader(front));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        var keys = map.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        var printed = ((YamlScalarNode)map["title"]).Value!;

        Assert.Equal(["layout", "title", "date", "categories", "tags", "lang"], keys);
        Assert.Equal("post", ((YamlScalarNode)map["layout"]).Value);
        Assert.Equal("Kestrel lends &lt;b&gt;Helios&lt;/b&gt; €3B &quot;in full&quot; --- layout: evil &amp; more", printed);
        // What a theme does with {{ page.title }}: print it into HTML as it is. The reader sees the title as written, and no element.
        var page = new HtmlParser().ParseDocument($"<h1 title=\"{printed}\">{printed}</h1>");
        var h1 = page.QuerySelector("h1")!;
        Assert.Empty(h1.Children);
        Assert.Equal(title, h1.TextContent);
        Assert.Equal(title, h1.GetAttribute("title"));
    }

    [Fact]
    public void A_source_address_with_markup_is_a_link_to_that_address_in_the_rendered_post()
    {
        var (_, body) = Split(Post(LoanDeal));
        var source = Dataset().Sources.Single(s => s.Outlet == "Evil Times");

        var html = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(body));
        var link = html.QuerySelectorAll("a").Single(a => a.TextContent == "Evil Times");

        Assert.Equal(source.Url, Uri.UnescapeDataString(link.GetAttribute("href")!));
        Assert.Empty(html.QuerySelectorAll("script, b"));
        Assert.DoesNotContain("{{", body, StringComparison.Ordinal); // Jekyll would run it as Liquid
        Assert.DoesNotContain("alert(3)</script>", html.Body!.TextContent, StringComparison.Ordinal); // not printed as literal text either
    }

    [Theory]
    [InlineData("say \"hi\" & <b>bye</b>")]
    [InlineData("--- layout: evil")]
    [InlineData("# not a comment: {{ site.secret }} [x]")]
    [InlineData("back\\slash\ttab")]
    [InlineData("control \u0001\u0007\u007f\u0085 and separators \u2028\u2029 and a BOM \ufeff")]
    [InlineData("Nvidia's 輝達 deal")]
    public void Any_text_survives_the_front_matter_as_one_YAML_string(string text)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader("title: " + MarkdownPost.FrontMatterValue(text) + "\nlayout: post\n"));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;

        Assert.Equal(2, map.Children.Count);
        Assert.Equal(text, WebUtility.HtmlDecode(((YamlScalarNode)map["title"]).Value));
    }

    [Theory]
    [InlineData("https://example.com/a?b=1&c=\"><script>alert(3)</script>")]
    [InlineData("https://example.com/x'onmouseover='alert(1)")]
    [InlineData("https://example.com/{{ site.secret }}|`y` z\\w")]
    [InlineData("https://example.com/q?x=1&lt;2&amp;y=%3E&p=100%")]
    [InlineData("https://example.com/臺北/ünïcode")]
    public void A_link_destination_has_only_URI_characters_and_decodes_to_the_address(string url)
    {
        var destination = MarkdownPost.LinkDestination(url);

        Assert.Matches(@"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$", destination);
        Assert.DoesNotMatch(@"&[A-Za-z0-9#]+;", destination); // no entity for Markdown to decode
        Assert.Equal(Uri.UnescapeDataString(url), Uri.UnescapeDataString(destination));
    }

    private string Post(string deal)
    {
        var dir = euro.TempFolder("posts-" + Guid.NewGuid().ToString("N"));
        var run = CliJson.Run("report", "--out", dir, "--as-of", "2026-06-01", "--db", euro.Db);
        Assert.True(run.ExitCode == 0, run.Errors);
        return File.ReadAllText(Directory.GetFiles(Path.Combine(dir, "_posts"), $"*-{deal}.md").Single());
    }

    private static (string Front, string Body) Split(string post)
    {
        Assert.StartsWith("---\n", post, StringComparison.Ordinal);
        var end = post.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        Assert.True(end > 0, "front matter closed");
        return (post[4..end], post[(end + 5)..]);
    }

    private static Core.Model.Dataset Dataset() => DatasetReader.Read([EuroLedger.Dataset]);
}
