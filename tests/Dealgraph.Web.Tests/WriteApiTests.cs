using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dealgraph.Web.Tests;

/// <summary>The write endpoints: absent without a token, refused without the right bearer token, working with it.</summary>
public sealed class WriteApiTests : IClassFixture<ExampleLedger>
{
    private const string Token = "s3cret-token-for-tests";
    private const string Loi = "nvidia-openai-loi-2025";
    private readonly ExampleLedger _ledger;

    public WriteApiTests(ExampleLedger ledger) => _ledger = ledger;

    private static object NewClaim => new { deal = Loi, source = "wsj-2026-01-30", reported = "2026-04-01", status = "cancelled", quote = "test claim" };

    [Theory]
    [InlineData("/api/import")]
    [InlineData("/api/claims")]
    public async Task Without_a_configured_token_the_write_endpoints_do_not_exist(string path)
    {
        using var factory = new ApiFactory(_ledger.Db);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await http.PostAsync(new Uri(path, UriKind.Relative), new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{response.StatusCode}");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    [InlineData("s3cret-token-for-test")]
    public async Task Writes_without_the_right_bearer_token_are_refused_and_change_nothing(string? given)
    {
        using var factory = new ApiFactory(_ledger.Db, Token);
        using var http = factory.CreateClient();
        if (given is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", given);
        }
        var before = await http.GetStringAsync(new Uri($"/api/deals/{Loi}?asOf=2026-12-31", UriKind.Relative));

        using var claim = await http.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), NewClaim);
        using var import = await http.PostAsync(new Uri("/api/import?name=parties.yaml", UriKind.Relative),
            new StringContent("- id: initech\n  name: Initech\n  kind: company\n", Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.Unauthorized, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, import.StatusCode);
        Assert.Equal("application/problem+json", claim.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await http.GetStringAsync(new Uri($"/api/deals/{Loi}?asOf=2026-12-31", UriKind.Relative)));
    }

    [Fact]
    public async Task With_the_token_a_claim_and_a_dataset_file_are_imported_and_read_back()
    {
        using var factory = new ApiFactory(_ledger.Db, Token);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var import = await http.PostAsync(new Uri("/api/import?name=parties.yaml", UriKind.Relative),
            new StringContent("- id: initech\n  name: Initech\n  kind: company\n", Encoding.UTF8, "application/yaml"));
        using var claim = await http.PostAsJsonAsync(new Uri("/api/claims", UriKind.Relative), NewClaim);

        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(HttpStatusCode.OK, claim.StatusCode);
        var parties = await http.GetStringAsync(new Uri("/api/parties", UriKind.Relative));
        Assert.Contains("\"initech\"", parties, StringComparison.Ordinal);
        var loi = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/api/deals/{Loi}?asOf=2026-04-02", UriKind.Relative))).RootElement;
        Assert.Equal("cancelled", loi.GetProperty("deal").GetProperty("status").GetString());
        Assert.Equal("test claim", loi.GetProperty("claims").EnumerateArray().Last().GetProperty("quote").GetString());
    }

    [Theory]
    [InlineData("{\"deal\":\"no-such-deal\",\"source\":\"wsj-2026-01-30\",\"reported\":\"2026-04-01\"}", HttpStatusCode.NotFound, "deal")]
    [InlineData("{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"nowhere\",\"reported\":\"2026-04-01\"}", HttpStatusCode.BadRequest, "source")]
    [InlineData("{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"wsj-2026-01-30\",\"reported\":\"April\"}", HttpStatusCode.BadRequest, "reported")]
    [InlineData("{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"wsj-2026-01-30\",\"reported\":\"2026-04-01\",\"headline\":\"lots\"}", HttpStatusCode.BadRequest, "headline")]
    public async Task Bad_claims_are_problems_naming_the_field(string body, HttpStatusCode expected, string field)
    {
        using var factory = new ApiFactory(_ledger.Db, Token);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await http.PostAsync(new Uri("/api/claims", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_bad_dataset_file_is_a_400_naming_line_and_field()
    {
        using var factory = new ApiFactory(_ledger.Db, Token);
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await http.PostAsync(new Uri("/api/import?name=parties.yaml", UriKind.Relative),
            new StringContent("- id: initech\n  name: Initech\n  kind: spaceship\n", Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("upload/parties.yaml:3: parties[0].kind:", detail, StringComparison.Ordinal);
    }
}
