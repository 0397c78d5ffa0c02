using System.Net;
using System.Text.Json;

namespace Dealgraph.Web.Tests;

/// <summary>The read endpoints on the bundled example: the CLI's answers, byte for byte, and ProblemDetails for bad input.</summary>
public sealed class ReadApiTests : IClassFixture<ExampleLedger>, IDisposable
{
    private const string Loi = "nvidia-openai-loi-2025";
    private const string Round = "nvidia-openai-round-2026";
    private readonly ExampleLedger _ledger;
    private readonly ApiFactory _factory;
    private readonly HttpClient _http;

    public ReadApiTests(ExampleLedger ledger)
    {
        _ledger = ledger;
        _factory = new ApiFactory(ledger.Db);
        _http = _factory.CreateClient();
    }

    public static TheoryData<string, string> EndpointsAndVerbs() => new()
    {
        { "/api/parties?asOf={0}", "parties --as-of {0}" },
        { "/api/sources?asOf={0}", "sources --as-of {0}" },
        { "/api/deals?asOf={0}", "deals --as-of {0}" },
        { "/api/deals?asOf={0}&party=nvidia&kind=equity-investment", "deals --as-of {0} --party nvidia --kind equity-investment" },
        { "/api/deals/nvidia-openai-loi-2025?asOf={0}", "show nvidia-openai-loi-2025 --as-of {0}" },
        { "/api/reality?asOf={0}", "reality --as-of {0}" },
        { "/api/reality?asOf={0}&party=openai&currency=USD", "reality --as-of {0} --party openai --currency USD" },
        { "/api/runway?asOf={0}", "runway --as-of {0}" },
        { "/api/runway?asOf={0}&party=openai", "runway --as-of {0} --party openai" },
        { "/api/loops?asOf={0}", "loops --as-of {0}" },
        { "/api/loops?asOf={0}&party=nvidia&basis=binding", "loops --as-of {0} --party nvidia --basis binding" },
        { "/api/stress?asOf={0}&fails=openai", "stress --as-of {0} --fails openai" },
        { "/api/stress?asOf={0}&fails=openai&fails=oracle&recovery=0.4&unknownCash=owed", "stress --as-of {0} --fails openai --fails oracle --recovery 0.4 --unknown-cash owed" },
    };

    [Theory]
    [MemberData(nameof(EndpointsAndVerbs))]
    public async Task Every_read_endpoint_answers_exactly_what_the_CLI_prints(string endpoint, string verb)
    {
        foreach (var date in new[] { "2025-10-01", "2026-01-30", "2026-02-15" })
        {
            var cli = CliJson.Run([.. string.Format(null, verb, date).Split(' '), "--db", _ledger.Db, "--format", "json"]);
            Assert.True(cli.ExitCode == 0, cli.Errors);

            using var response = await _http.GetAsync(new Uri(string.Format(null, endpoint, date), UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(cli.Output, await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("2025-10-01", "non-binding", "up-to", null)]
    [InlineData("2026-01-30", "on-ice", "up-to", null)]
    [InlineData("2026-02-15", "scaled-back", "less-than", "in-talks")]
    public async Task The_seed_case_reads_as_the_record_stood_on_each_date(string asOf, string loiStatus, string loiQualifier, string? roundStatus)
    {
        var deals = (await Get($"/api/deals?asOf={asOf}&party=nvidia")).GetProperty("deals").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!);

        var loi = deals[Loi];
        Assert.Equal(loiStatus, loi.GetProperty("status").GetString());
        Assert.Equal(loiQualifier, loi.GetProperty("headline").GetProperty("qualifier").GetString());
        Assert.Equal(100_000_000_000m, loi.GetProperty("headline").GetProperty("high").GetDecimal());
        Assert.Equal(0m, loi.GetProperty("binding").GetProperty("high").GetDecimal());
        Assert.Equal(roundStatus, deals.TryGetValue(Round, out var round) ? round.GetProperty("status").GetString() : null);
    }

    [Fact]
    public async Task A_deal_shows_its_claims_oldest_first_each_with_its_source()
    {
        var shown = await Get($"/api/deals/{Loi}?asOf=2026-02-15");

        var claims = shown.GetProperty("claims").EnumerateArray().ToList();
        var reported = claims.Select(c => c.GetProperty("reported").GetString()).ToList();
        Assert.Equal(reported.Order(StringComparer.Ordinal), reported);
        Assert.Contains(claims, c => c.GetProperty("source").GetProperty("outlet").GetString() == "The Wall Street Journal" && c.GetProperty("status").GetString() == "on-ice");
        Assert.Contains(claims, c => c.GetProperty("stance").GetString() == "denies");
    }

    [Fact]
    public async Task History_gives_the_deal_on_each_date_its_record_changed()
    {
        var points = (await Get($"/api/deals/{Loi}/history?asOf=2026-02-15")).GetProperty("points").EnumerateArray().ToList();

        Assert.Equal("non-binding", points[0].GetProperty("status").GetString());
        Assert.Contains(points, p => p.GetProperty("status").GetString() == "on-ice" && p.GetProperty("lastReported").GetString() == "2026-01-30");
        Assert.Equal("scaled-back", points[^1].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/parties")]
    [InlineData("/api/sources")]
    [InlineData("/api/deals")]
    [InlineData("/api/deals/nvidia-openai-loi-2025")]
    [InlineData("/api/deals/nvidia-openai-loi-2025/history")]
    [InlineData("/api/reality")]
    [InlineData("/api/runway")]
    [InlineData("/api/loops")]
    [InlineData("/api/stress")]
    public async Task A_bad_asOf_is_a_400_problem_naming_the_field(string endpoint)
    {
        using var response = await _http.GetAsync(new Uri(endpoint + "?asOf=2026-13-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("asOf", problem.GetProperty("field").GetString());
        Assert.Contains("2026-13-01", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/deals/no-such-deal", "id")]
    [InlineData("/api/deals/no-such-deal/history", "id")]
    [InlineData("/api/deals/nvidia-openai-round-2026?asOf=2026-01-01", "asOf")]
    public async Task An_unknown_id_or_a_deal_not_yet_reported_is_a_404_problem(string endpoint, string field)
    {
        using var response = await _http.GetAsync(new Uri(endpoint, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("/api/deals?party=nvidiaa", "party")]
    [InlineData("/api/deals?status=frozen", "status")]
    [InlineData("/api/deals?kind=gift", "kind")]
    [InlineData("/api/reality?currency=XXQ", "currency")]
    [InlineData("/api/runway?party=nobody", "party")]
    [InlineData("/api/loops?basis=hope", "basis")]
    [InlineData("/api/stress?fails=nobody", "fails")]
    [InlineData("/api/stress?fails=openai&recovery=2", "recovery")]
    public async Task Bad_filter_values_are_400_problems_naming_the_parameter(string endpoint, string field)
    {
        using var response = await _http.GetAsync(new Uri(endpoint, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_read_endpoint_and_its_filters()
    {
        var doc = await Get("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/parties", "/api/sources", "/api/deals", "/api/deals/{id}", "/api/deals/{id}/history", "/api/reality", "/api/runway", "/api/loops", "/api/stress" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
        var parameters = paths.GetProperty("/api/deals").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["asOf", "party", "kind", "status"], parameters);
        Assert.False(paths.TryGetProperty("/api/import", out _), "no write endpoints without a token");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/deals")]
    [InlineData("/api/deals/no-such-deal")]
    public async Task Every_answer_carries_a_content_security_policy_without_inline_script(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_dashboard_and_its_charts_library_are_served_locally()
    {
        var page = await _http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var echarts = await _http.GetAsync(new Uri("/echarts.min.js", UriKind.Relative));

        Assert.Contains("<script src=\"app.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.True((await echarts.Content.ReadAsByteArrayAsync()).Length > 500_000, "the full ECharts build is embedded");
    }

    [Fact]
    public async Task The_same_question_twice_gets_the_same_answer_from_memory()
    {
        var first = await _http.GetStringAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative));
        var second = await _http.GetStringAsync(new Uri("/api/deals?asOf=2026-01-30", UriKind.Relative));
        var other = await _http.GetStringAsync(new Uri("/api/deals?asOf=2025-10-01", UriKind.Relative));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    private async Task<JsonElement> Get(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public void Dispose()
    {
        _http.Dispose();
        _factory.Dispose();
    }
}
