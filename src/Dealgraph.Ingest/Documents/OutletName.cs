namespace Dealgraph.Ingest.Documents;

/// <summary>Names a publisher from link text ("CNBC: …") or, failing that, from the host (www.wsj.com → wsj.com).</summary>
internal static class OutletName
{
    public static string From(string url, string? title)
    {
        if (title is not null)
        {
            var colon = title.IndexOfAny([':', '：']);
            if (colon is > 0 and <= 24)
            {
                return title[..colon].Trim();
            }
        }
        return Host(url) ?? url;
    }

    public static string? Host(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host
            : null;
}
