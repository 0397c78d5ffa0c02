using System.Net;
using Dealgraph.Ingest.Datasets;
using Dealgraph.Storage;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// PostgreSQL stopped under a running server and started again: 503 ProblemDetails with
/// Retry-After while it is away, 200 again once it is back, never a 500, and no restart.
/// Bounded: a few hundred requests.
/// </summary>
[Collection("postgres")]
public sealed class PostgresOutageTests(PostgresServer postgres)
{
    private static readonly string[] Paths = ["/api/deals", "/api/deals/nvidia-openai-loi-2025", "/api/reality?asOf=2026-03-31", "/api/loops?asOf=2026-03-31"];

    [Fact]
    public async Task While_postgres_is_stopped_the_server_answers_503_and_200_again_once_it_is_back_without_a_restart()
    {
        var db = postgres.CreateDatabase();
        using (var store = DealStores.Open(db))
        {
            store.Import(DatasetReader.Read([RepoPaths.Example]));
        }
        await using var server = await RealServer.Start(db);
        var seen = new List<HttpStatusCode>();

        var before = await Ask(server, 40, seen);
        postgres.Stop();
        List<HttpStatusCode> during;
        try
        {
            // Answers kept in memory are trusted for a second; after that every request finds the store away.
            during = await Ask(server, 300, seen, stopAfter503s: 50);
        }
        finally
        {
            postgres.Start();
        }
        var back = await AskUntilOk(server, seen);
        var after = await Ask(server, 40, seen);

        Assert.All(before, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Contains(HttpStatusCode.ServiceUnavailable, during);
        Assert.All(seen, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{s}"));
        Assert.True(back, "no 200 within 30 s of PostgreSQL starting again");
        Assert.All(after, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    private static async Task<List<HttpStatusCode>> Ask(RealServer server, int count, List<HttpStatusCode> seen, int stopAfter503s = int.MaxValue)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count && statuses.Count(s => s == HttpStatusCode.ServiceUnavailable) < stopAfter503s; i++)
        {
            using var response = await server.Client.GetAsync(new Uri(Paths[i % Paths.Length], UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
            statuses.Add(response.StatusCode);
            await Task.Delay(10);
        }
        seen.AddRange(statuses);
        return statuses;
    }

    private static async Task<bool> AskUntilOk(RealServer server, List<HttpStatusCode> seen)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            using var response = await server.Client.GetAsync(new Uri(Paths[0], UriKind.Relative));
            seen.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }
}
