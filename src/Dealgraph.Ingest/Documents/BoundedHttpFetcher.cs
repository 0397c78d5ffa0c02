using System.Net;
using Dealgraph.Core;

namespace Dealgraph.Ingest.Documents;

/// <summary>
/// Fetches one http(s) document within bounds: a timeout for the whole exchange, a size cap checked
/// against Content-Length and again while reading, redirects followed by hand (counted, loops caught),
/// and a content-type check (text, HTML, XML, RSS, Atom). Every failure is an <see cref="InputException"/>
/// that names the URL.
/// </summary>
public sealed class BoundedHttpFetcher : IDisposable
{
    private static readonly string[] Accepted =
    [
        "text/html", "text/plain", "text/markdown", "text/x-markdown", "text/xml", "application/xml", "application/rss+xml",
        "application/atom+xml", "application/xhtml+xml", "application/rdf+xml",
    ];

    private readonly HttpClient _client;
    private readonly FetchLimits _limits;

    /// <summary>Creates a fetcher with its own connection pool.</summary>
    public BoundedHttpFetcher(FetchLimits? limits = null)
    {
        _limits = limits ?? FetchLimits.Default;
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = _limits.Timeout, AutomaticDecompression = DecompressionMethods.All };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("dealgraph-extract/1.0");
    }

    /// <summary>Fetches <paramref name="url"/>.</summary>
    /// <exception cref="InputException">Bad URL, HTTP error, timeout, too large, too many redirects, or a type that is not text.</exception>
    public FetchedBody Fetch(string url)
    {
        using var cts = new CancellationTokenSource(_limits.Timeout);
        try
        {
            return FetchAsync(url, cts.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new InputException($"timed out after {_limits.Timeout.TotalSeconds:0.#} s", url);
        }
        catch (HttpRequestException e)
        {
            throw new InputException($"could not fetch: {e.Message}", url);
        }
    }

    private async Task<FetchedBody> FetchAsync(string url, CancellationToken token)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var current = Parse(url);
        for (var hop = 0; ; hop++)
        {
            if (!visited.Add(current.AbsoluteUri))
            {
                throw new InputException($"redirect loop: {current.AbsoluteUri} was already visited", url);
            }
            using var response = await _client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= _limits.MaxRedirects)
                {
                    throw new InputException($"more than {_limits.MaxRedirects} redirects", url);
                }
                current = Parse(new Uri(current, location).AbsoluteUri);
                continue;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new InputException($"HTTP {status} {response.ReasonPhrase}", current.AbsoluteUri);
            }
            var media = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? "";
            if (!Accepted.Contains(media) && !media.EndsWith("+xml", StringComparison.Ordinal))
            {
                throw new InputException($"content type '{(media.Length == 0 ? "none" : media)}' is not a text, HTML or feed document", current.AbsoluteUri);
            }
            if (response.Content.Headers.ContentLength is { } length && length > _limits.MaxBytes)
            {
                throw new InputException($"body is {length:N0} bytes; the limit is {_limits.MaxBytes:N0}", current.AbsoluteUri);
            }
            var bytes = await ReadCapped(response, current.AbsoluteUri, token).ConfigureAwait(false);
            return new FetchedBody(bytes, media, response.Content.Headers.ContentType?.CharSet, current.AbsoluteUri);
        }
    }

    private async Task<byte[]> ReadCapped(HttpResponseMessage response, string url, CancellationToken token)
    {
        using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _limits.MaxBytes)
            {
                throw new InputException($"body exceeds the limit of {_limits.MaxBytes:N0} bytes", url);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Uri Parse(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InputException("not an http(s) URL", url);

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
