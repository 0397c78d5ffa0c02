using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Dealgraph.Storage;
using Dealgraph.Tests;
using Dealgraph.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dealgraph.Web.Tests;

/// <summary>Body size limits, analysis time limits and graceful shutdown, on the real server (Kestrel) where they are Kestrel's.</summary>
public sealed class ResilienceTests(ExampleLedger example, LoopChainLedger loopChain) : IClassFixture<ExampleLedger>, IClassFixture<LoopChainLedger>, IDisposable
{
    private const string Token = "resilience-test-token";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/api/import?name=parties.yaml", true)]
    [InlineData("/api/import?name=parties.yaml", false)]
    [InlineData("/api/claims", true)]
    [InlineData("/api/claims", false)]
    public async Task A_body_over_the_limit_is_a_413_problem_and_writes_nothing(string path, bool withLength)
    {
        var db = CopyOfExample();
        var before = Counts(db);
        await using var server = await RealServer.Start(db, Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Oversized(withLength, path.Contains("claims", StringComparison.Ordinal) ? "application/json" : "application/yaml") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        request.Headers.ExpectContinue = true;

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(before, Counts(db));
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_while_reading_even_where_the_host_sets_no_limit()
    {
        var db = CopyOfExample();
        var before = Counts(db);
        using var factory = new ApiFactory(db, Token);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await http.PostAsync(new Uri("/api/import?name=parties.yaml", UriKind.Relative), Oversized(withLength: false));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, Counts(db));
    }

    [Fact]
    public async Task The_analysis_endpoints_and_only_they_carry_the_configured_time_limit_answered_504_problem_details()
    {
        await using var server = await RealServer.Start(example.Db, extra: new Dictionary<string, string?> { ["Dealgraph:AnalysisTimeoutSeconds"] = "7" });
        var endpoints = ((IEndpointRouteBuilder)server.App).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().ToList();
        var limited = endpoints.Where(e => e.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName == RequestLimits.AnalysisTimeoutPolicy)
            .Select(e => e.RoutePattern.RawText).Order(StringComparer.Ordinal).ToList();
        var policy = server.App.Services.GetRequiredService<IOptions<RequestTimeoutOptions>>().Value.Policies[RequestLimits.AnalysisTimeoutPolicy];
        var context = new DefaultHttpContext { RequestServices = server.App.Services };
        context.Response.Body = new MemoryStream();

        await policy.WriteTimeoutResponse!(context);

        Assert.Equal(["/api/loops", "/api/stress"], limited);
        Assert.Equal(TimeSpan.FromSeconds(7), policy.Timeout);
        Assert.Equal(StatusCodes.Status504GatewayTimeout, policy.TimeoutStatusCode);
        Assert.Contains("Analysis timed out", Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analysis_slower_than_the_configured_time_limit_is_answered_504_then_from_memory_and_the_server_answers_on()
    {
        // Finds all 59,049 loops of the ring to keep the bystander's one: over a second of CPU (Debug, loaded machine)
        // against a 1 ms limit. The untimed server goes first: the timed-out computation goes on in the background.
        var slow = new Uri($"/api/loops?party={LoopChainLedger.Bystander}", UriKind.Relative);
        await using (var untimed = await RealServer.Start(loopChain.Db))
        {
            using var answered = await untimed.Client.GetAsync(slow);

            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
            var loops = JsonDocument.Parse(await answered.Content.ReadAsStringAsync()).RootElement.GetProperty("loops");
            Assert.Equal([LoopChainLedger.Bystander, "partner"], Assert.Single(loops.EnumerateArray()).GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        }

        await using var limited = await RealServer.Start(loopChain.Db, extra: new Dictionary<string, string?> { ["Dealgraph:AnalysisTimeoutSeconds"] = "0.001" });
        using var timedOut = await limited.Client.GetAsync(slow);
        var problem = JsonDocument.Parse(await timedOut.Content.ReadAsStringAsync()).RootElement;
        using var cheap = await limited.Client.GetAsync(new Uri("/api/parties", UriKind.Relative));

        Assert.Equal(HttpStatusCode.GatewayTimeout, timedOut.StatusCode);
        Assert.Equal("application/problem+json", timedOut.Content.Headers.ContentType?.MediaType);
        Assert.Equal(504, problem.GetProperty("status").GetInt32());
        Assert.Equal("Analysis timed out", problem.GetProperty("title").GetString());
        Assert.Contains("longer than 0.001 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);
        Assert.Equal(LoopChainLedger.PartyCount, JsonDocument.Parse(await cheap.Content.ReadAsStringAsync()).RootElement.GetProperty("parties").GetArrayLength());

        // The timed-out computation goes on, is kept, and is then answered from memory even under the 1 ms limit.
        var until = DateTime.UtcNow.AddSeconds(120);
        HttpStatusCode status;
        string body;
        do
        {
            await Task.Delay(100);
            using var again = await limited.Client.GetAsync(slow);
            (status, body) = (again.StatusCode, await again.Content.ReadAsStringAsync());
        }
        while (status == HttpStatusCode.GatewayTimeout && DateTime.UtcNow < until);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("loops").EnumerateArray());
    }

    [Fact]
    public async Task An_analysis_whose_time_is_up_is_cancelled_for_the_caller_but_finishes_and_is_kept()
    {
        using var source = new LedgerSource(example.Db);
        var answers = new LedgerAnswers(source);
        var computed = 0;
        string Query(Core.Queries.Ledger ledger) => $"deals: {ledger.Dataset.Deals.Count}, computed {Interlocked.Increment(ref computed)}";

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => answers.JsonAsync("q", "2026-03-31", Query, new CancellationToken(canceled: true)));
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Volatile.Read(ref computed) == 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(20);
        }
        var again = await answers.JsonAsync("q", "2026-03-31", Query, CancellationToken.None);

        Assert.Equal(1, computed);
        Assert.IsAssignableFrom<IResult>(again);
    }

    [Fact]
    public async Task An_answer_that_came_after_the_limit_waits_for_a_late_timeout_timer_instead_of_slipping_through()
    {
        // A busy thread pool can run the request timeout's timer after the analysis has finished; the
        // answer must still be the timeout it would have been on time. Here the "timer" fires 300 ms
        // after an analysis that took 100 ms against a 1 ms limit.
        using var source = new LedgerSource(example.Db);
        var answers = new LedgerAnswers(source, TimeSpan.FromMilliseconds(1));
        using var lateTimer = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        string Slow(Core.Queries.Ledger ledger)
        {
            Thread.Sleep(100);
            return $"deals: {ledger.Dataset.Deals.Count}";
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => answers.JsonAsync("slow", "2026-03-31", Slow, lateTimer.Token));
        Assert.IsAssignableFrom<IResult>(await answers.JsonAsync("slow", "2026-03-31", Slow, CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_the_server_waits_for_an_import_in_flight_which_then_commits()
    {
        var db = CopyOfExample();
        var before = Counts(db);
        var server = await RealServer.Start(db, Token);
        using var client = await StartImport(server);

        var stopping = server.App.StopAsync();
        await Task.Delay(500);
        await client.GetStream().WriteAsync(PartyBody.AsMemory(10));
        var response = await ReadToEnd(client);
        await stopping;
        await server.DisposeAsync();

        Assert.StartsWith("HTTP/1.1 200 OK", response, StringComparison.Ordinal);
        Assert.Contains("Connection: close", response, StringComparison.Ordinal);
        Assert.Equal(before.Parties + 1, Counts(db).Parties);
    }

    [Fact]
    public async Task An_import_still_unfinished_when_the_shutdown_time_is_up_writes_nothing()
    {
        var db = CopyOfExample();
        var before = Counts(db);
        var server = await RealServer.Start(db, Token, new Dictionary<string, string?> { ["Dealgraph:ShutdownTimeoutSeconds"] = "0.5" });
        using var client = await StartImport(server);

        await server.App.StopAsync();
        var response = await ReadToEnd(client);
        await server.DisposeAsync();

        Assert.DoesNotContain("200 OK", response, StringComparison.Ordinal);
        Assert.Equal(before, Counts(db));
    }

    private static readonly byte[] PartyBody = Encoding.UTF8.GetBytes("- id: initech\n  name: Initech\n  kind: company\n");

    /// <summary>Sends an import's headers and its first 10 bytes over a raw connection: the request is then in flight, waiting for the rest.</summary>
    private static async Task<TcpClient> StartImport(RealServer server)
    {
        var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port);
        var head = $"POST /api/import?name=parties.yaml HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer {Token}\r\n" +
            $"Content-Type: application/yaml\r\nContent-Length: {PartyBody.Length}\r\n\r\n";
        await client.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head).Concat(PartyBody.Take(10)).ToArray());
        // Ordering, not timing: let the server read the headers and start the endpoint before it is
        // told to stop (generous, for a loaded CI machine).
        await Task.Delay(1500);
        return client;
    }

    private static async Task<string> ReadToEnd(TcpClient client)
    {
        client.ReceiveTimeout = 30_000;
        using var text = new MemoryStream();
        try
        {
            await client.GetStream().CopyToAsync(text);
        }
        catch (IOException)
        {
            // A connection reset is an answer too: no 200.
        }
        return Encoding.ASCII.GetString(text.ToArray());
    }

    /// <summary>A body just over the limit: a YAML comment (or broken JSON) that would import nothing if it were read.</summary>
    private static HttpContent Oversized(bool withLength, string mediaType = "application/yaml")
    {
        var bytes = Encoding.UTF8.GetBytes("# " + new string('x', (int)RequestLimits.MaxBodyBytes) + "\n");
        HttpContent content = withLength ? new ByteArrayContent(bytes) : new StreamContent(new MemoryStream(bytes));
        if (!withLength)
        {
            content.Headers.ContentLength = null;
        }
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    private string CopyOfExample()
    {
        var db = _temp.File(Guid.NewGuid().ToString("N") + ".db");
        File.Copy(example.Db, db);
        return db;
    }

    private static StoreCounts Counts(string db)
    {
        using var store = DealStores.Open(db);
        return store.Count();
    }
}
