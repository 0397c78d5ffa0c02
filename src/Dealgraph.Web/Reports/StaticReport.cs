using System.Text;
using Dealgraph.Core.Queries;
using Dealgraph.Core.Views;
using Dealgraph.Web.Api;

namespace Dealgraph.Web.Reports;

/// <summary>
/// <c>dealgraph report</c>: one self-contained HTML file (the dashboard's scripts, ECharts and the
/// answers it needs, inlined: no server, no network) and one Markdown post per deal.
/// </summary>
public static class StaticReport
{
    /// <summary>
    /// Writes <c>index.html</c> and <c>_posts/*.md</c> under <paramref name="outDir"/>; returns the files written.
    /// When ECharts was not built in (no npm at build time, <see cref="DashboardAssets.HasCharts"/> false)
    /// the report is still written: its page says the charts are missing and shows the tables.
    /// </summary>
    public static IReadOnlyList<string> Write(Ledger ledger, ReportLanguage language, string outDir) =>
        Write(ledger, language, outDir, DashboardAssets.HasCharts);

    /// <summary>As <see cref="Write(Ledger, ReportLanguage, string)"/>, with or without the charts' script.</summary>
    internal static IReadOnlyList<string> Write(Ledger ledger, ReportLanguage language, string outDir, bool charts)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(language);
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        var html = Path.Combine(outDir, "index.html");
        File.WriteAllText(html, Html(ledger, language, charts), new UTF8Encoding(false));
        written.Add(html);
        var posts = Path.Combine(outDir, "_posts");
        Directory.CreateDirectory(posts);
        foreach (var deal in LedgerQueries.Deals(ledger, DealFilter.None, QueryFields.Cli).Deals)
        {
            var detail = LedgerQueries.Show(ledger, deal.Id, QueryFields.Cli);
            var path = Path.Combine(posts, $"{deal.LastReported:yyyy-MM-dd}-{deal.Id}.md");
            File.WriteAllText(path, MarkdownPost.Render(detail, language), new UTF8Encoding(false));
            written.Add(path);
        }
        return written;
    }

    /// <summary>Every answer the dashboard asks for, keyed by its API path, as of the ledger's date.</summary>
    public static IReadOnlyDictionary<string, object> Answers(Ledger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var fields = QueryFields.Http;
        var deals = LedgerQueries.Deals(ledger, DealFilter.None, fields);
        var answers = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["/api/deals"] = deals,
            ["/api/parties"] = LedgerQueries.Parties(ledger),
            ["/api/sources"] = LedgerQueries.Sources(ledger),
            ["/api/reality"] = LedgerQueries.Reality(ledger, DealFilter.None, null, fields),
            ["/api/runway"] = LedgerQueries.Runway(ledger, null, fields),
        };
        foreach (var deal in deals.Deals)
        {
            answers[$"/api/deals/{deal.Id}"] = LedgerQueries.Show(ledger, deal.Id, fields);
            answers[$"/api/deals/{deal.Id}/history"] = LedgerQueries.History(ledger, deal.Id, fields);
        }
        answers["/api/loops"] = AnalysisQueries.Loops(ledger, null, null, null, includeCancelled: false, fields);
        // One stress test per party of the clearing network: the report's stress view picks among them.
        var (input, currency) = AnalysisQueries.StressInput(ledger, new StressOptions([]), fields);
        foreach (var party in input.Network.Parties)
        {
            var options = new StressOptions([party]);
            answers[$"/api/stress?fails={party}"] = AnalysisQueries.Clear(input, ledger.AsOf, currency, options, fields);
        }
        return answers;
    }

    private static string Html(Ledger ledger, ReportLanguage language, bool charts)
    {
        var data = ViewJson.Serialize(new { asOf = ledger.AsOf, lang = language.Tag, answers = Answers(ledger) });
        var page = DashboardAssets.Read("index.html");
        // Inline every local script and the stylesheet; ViewJson escapes '<', so the data cannot close its script element.
        page = page.Replace("<link rel=\"stylesheet\" href=\"style.css\">", "<style>\n" + DashboardAssets.Read("style.css") + "\n</style>", StringComparison.Ordinal);
        if (!charts)
        {
            // No ECharts to inline: drop its tag (the page would look for a file beside it) and app.js shows the notice.
            page = page.Replace($"<script src=\"{DashboardAssets.Echarts}\"></script>", "", StringComparison.Ordinal);
        }
        foreach (var script in charts ? new[] { DashboardAssets.Echarts, "i18n.js", "app.js" } : ["i18n.js", "app.js"])
        {
            page = page.Replace($"<script src=\"{script}\"></script>",
                "<script>\n" + DashboardAssets.Read(script).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "\n</script>",
                StringComparison.Ordinal);
        }
        return page.Replace("<script id=\"report-data\" type=\"application/json\"></script>",
            $"<script id=\"report-data\" type=\"application/json\">{data}</script>", StringComparison.Ordinal);
    }
}
