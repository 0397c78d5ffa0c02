using System.Net;
using System.Net.Sockets;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>A database that is away gives 503 with ProblemDetails (never a 500), and the server recovers without a restart.</summary>
public sealed class StoreUnavailableTests : IClassFixture<ExampleLedger>
{
    private readonly ExampleLedger _example;

    public StoreUnavailableTests(ExampleLedger example) => _example = example;

    [Fact]
    public async Task An_unreachable_postgres_server_gives_503_problem_details()
    {
        using var factory = new ApiFactory($"Host=127.0.0.1;Port={ClosedPort()};Database=dealgraph;Username=dealgraph;Timeout=3;Pooling=false");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative));

        await AssertUnavailable(response);
    }

    [Fact]
    public async Task A_sqlite_file_that_cannot_be_read_gives_503_then_200_once_it_is_back()
    {
        using var temp = new TempDirectory();
        var db = temp.File("ledger.db");
        await File.WriteAllTextAsync(db, "this is not a database, as a half-restored backup might be");
        using var factory = new ApiFactory(db);
        using var client = factory.CreateClient();

        using (var broken = await client.GetAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative)))
        {
            await AssertUnavailable(broken);
        }
        File.Copy(_example.Db, db, overwrite: true);

        // After a failure the server answers 503 at once for a second (LedgerSource.FailFast), then tries again.
        var until = DateTime.UtcNow.AddSeconds(10);
        var back = await client.GetAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative));
        while (back.StatusCode == HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < until)
        {
            back.Dispose();
            await Task.Delay(100);
            back = await client.GetAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative));
        }
        using var _ = back;
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains("nvidia-openai-loi-2025", await back.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task AssertUnavailable(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Database unavailable", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
