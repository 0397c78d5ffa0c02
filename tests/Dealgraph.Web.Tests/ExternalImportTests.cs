using System.Net;
using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// A running server answers with what another process imported (the CLI here), on both stores:
/// it follows the store's change stamp, not file timestamps (which PostgreSQL has none of).
/// </summary>
[Collection("postgres")]
public sealed class ExternalImportTests(PostgresServer postgres) : IDisposable
{
    private const string NewDeal = "openai-initech-2026";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_server_answers_with_the_claims_of_a_cli_import_made_outside_it(string kind)
    {
        var db = kind == "sqlite" ? _temp.File("dealgraph.db") : postgres.CreateDatabase();
        Assert.Equal(0, CliJson.Run("import", RepoPaths.Example, "--db", db).ExitCode);
        using var factory = new ApiFactory(db);
        using var http = factory.CreateClient();
        var dealUri = new Uri($"/api/deals/{NewDeal}?asOf=2026-12-31", UriKind.Relative);
        using (var before = await http.GetAsync(dealUri))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        var imported = CliJson.Run("import", NewDealFile(), "--db", db);
        Assert.True(imported.ExitCode == 0, imported.Errors);

        // PostgreSQL's stamp is read at most once a second: poll, bounded.
        var answer = await PollUntilOk(http, dealUri, TimeSpan.FromSeconds(15));
        var claims = JsonDocument.Parse(answer).RootElement.GetProperty("claims");
        Assert.Equal(2, claims.GetArrayLength());
        Assert.Equal(3e9m, claims[1].GetProperty("headline").GetProperty("low").GetDecimal());
    }

    private string NewDealFile()
    {
        var path = _temp.File(NewDeal + ".yaml");
        File.WriteAllText(path, $"""
            id: {NewDeal}
            title: OpenAI buys Initech's chips
            kind: purchase-commitment
            payer: openai
            payee: nvidia
            claims:
              - reported: 2026-05-01
                source: wsj-2026-01-30
                status: announced
                headline: USD 1e9
              - reported: 2026-06-01
                source: wsj-2026-01-30
                status: announced
                headline: USD 3e9
            """);
        return path;
    }

    private static async Task<string> PollUntilOk(HttpClient http, Uri uri, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (true)
        {
            using var response = await http.GetAsync(uri);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadAsStringAsync();
            }
            Assert.True(DateTime.UtcNow < until, $"the server still answers {response.StatusCode} after {limit}");
            await Task.Delay(100);
        }
    }
}
