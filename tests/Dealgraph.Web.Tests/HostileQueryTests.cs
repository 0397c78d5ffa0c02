using System.Net;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// SQL metacharacters, wildcards, backslashes and NUL in every filter parameter and every id of
/// the read API, on both stores: each is a clean 400 or 404 ProblemDetails, and the store holds
/// exactly what it held before (no query is built from text, but this is what would show it).
/// </summary>
[Collection("postgres")]
public sealed class HostileQueryTests(PostgresServer postgres) : IDisposable
{
    public static readonly TheoryData<string> Hostile =
    [
        "' OR 1=1 --", "\"; DROP TABLE claims; --", "'; DELETE FROM deals; --", "%", "_", "%' OR '%'='", "\\", "\\'; --", "\0", "nvidia\0' OR 1=1", "../../etc/passwd",
        "\uFFFD", "𝕏\u202E", new string('\'', 1000),
    ];

    private static readonly string[] Queries =
    [
        "/api/parties?asOf={0}", "/api/sources?asOf={0}",
        "/api/deals?party={0}", "/api/deals?kind={0}", "/api/deals?status={0}", "/api/deals?asOf={0}",
        "/api/reality?party={0}", "/api/reality?kind={0}", "/api/reality?status={0}", "/api/reality?currency={0}",
        "/api/runway?party={0}",
        "/api/loops?party={0}", "/api/loops?basis={0}", "/api/loops?currency={0}", "/api/loops?includeCancelled={0}",
        "/api/stress?fails={0}", "/api/stress?fails=openai&shock={0}", "/api/stress?fails=openai&recovery={0}", "/api/stress?fails=openai&alpha={0}",
        "/api/stress?fails=openai&beta={0}", "/api/stress?fails=openai&unknownCash={0}", "/api/stress?fails=openai&currency={0}",
    ];

    private static readonly string[] Ids = ["/api/deals/{0}", "/api/deals/{0}/history"];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string> OnBothStores()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { "sqlite", "postgres" })
        {
            foreach (var value in Hostile)
            {
                data.Add(store, value);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(OnBothStores))]
    public async Task Hostile_text_in_every_filter_and_id_is_a_clean_400_or_404_and_changes_nothing(string store, string value)
    {
        var db = HostileDatabases.Create(store, postgres, _temp);
        var before = HostileDatabases.State(db);
        await using var server = await RealServer.Start(db);
        var http = server.Client;
        var escaped = Uri.EscapeDataString(value);

        // Kestrel itself refuses a NUL in the path (400, before the app runs); anywhere else it reaches the app.
        var idStatus = value.Contains('\0', StringComparison.Ordinal) ? HttpStatusCode.BadRequest : HttpStatusCode.NotFound;
        foreach (var (template, expected) in Queries.Select(q => (q, HttpStatusCode.BadRequest)).Concat(Ids.Select(i => (i, idStatus))))
        {
            var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, escaped);
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {body}");
            Assert.True(body.Length == 0 || response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{path}: {body}");
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        }

        Assert.Equal(before, HostileDatabases.State(db));
        using var deals = await http.GetAsync(new Uri("/api/deals?asOf=2026-12-31", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, deals.StatusCode);
    }
}
