using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// Malformed, hostile and oversized bodies to the write API, on both stores: each is a 400
/// ProblemDetails, and the store's counts and change stamp are what they were (nothing written).
/// </summary>
[Collection("postgres")]
public sealed class HostileBodyTests(PostgresServer postgres) : IDisposable
{
    private const string Token = "hostile-body-token";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, string, string> Bodies()
    {
        var yaml = new Dictionary<string, string>
        {
            ["unclosed flow"] = "- id: [initech\n",
            ["mapping in a scalar"] = "- id: initech\n  name: a: b: c\n",
            ["tab indentation"] = "- id: initech\n\tname: Initech\n",
            ["deep flow nesting"] = new string('[', 100_000) + new string(']', 100_000),
            ["deep block nesting"] = string.Concat(Enumerable.Range(0, 2000).Select(i => new string(' ', i) + $"k{i}:\n")) + new string(' ', 2000) + "v\n",
            ["deep list nesting"] = string.Concat(Enumerable.Repeat("- ", 20_000)) + "x\n",
            ["billion laughs"] = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
                string.Concat(Enumerable.Range(0, 8).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 9))}]\n")),
            ["one alias"] = "- &p {id: initech, name: Initech, kind: company}\n- *p\n",
            ["language tag"] = "- !!python/object/apply:os.system [\"echo pwned\"]\n",
            ["two documents"] = "- id: a\n  name: A\n  kind: company\n---\n- id: b\n  name: B\n  kind: company\n",
            ["SQL in values"] = "- id: \"x'); DROP TABLE claims; --\"\n  name: Robert\n  kind: \"company' OR 1=1 --\"\n",
            ["NUL in a value"] = "- id: initech\n  name: \"Ini\\0tech\"\n  kind: spaceship\n",
        };
        var json = new Dictionary<string, string>
        {
            ["truncated"] = "{\"deal\":",
            ["a list"] = "[1,2]",
            ["a string"] = "\"claim\"",
            ["null"] = "null",
            ["nested too deep"] = "{\"deal\":" + new string('[', 5000) + new string(']', 5000) + "}",
            ["lone surrogate"] = "{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"wsj-2026-01-30\",\"reported\":\"2026-04-01\",\"quote\":\"\\ud800\"}",
            ["SQL in the deal id"] = "{\"deal\":\"x' OR 1=1 --\",\"source\":\"wsj-2026-01-30\",\"reported\":\"2026-04-01\"}",
            ["SQL in the source id"] = "{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"'; DROP TABLE claims; --\",\"reported\":\"2026-04-01\"}",
            ["wrong types"] = "{\"deal\":1,\"source\":true,\"reported\":[]}",
        };
        var data = new TheoryData<string, string, string>();
        foreach (var store in new[] { "sqlite", "postgres" })
        {
            foreach (var name in yaml.Keys)
            {
                data.Add(store, "yaml", name);
            }
            foreach (var name in json.Keys)
            {
                data.Add(store, "json", name);
            }
        }
        Yaml = yaml;
        Json = json;
        return data;
    }

    private static Dictionary<string, string> Yaml { get; set; } = [];

    private static Dictionary<string, string> Json { get; set; } = [];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_hostile_body_is_a_400_problem_and_writes_nothing(string store, string format, string name)
    {
        Bodies();
        var text = format == "yaml" ? Yaml[name] : Json[name];
        var status = await Post(store, format, Encoding.UTF8.GetBytes(text));

        Assert.True(status is 400 or 404, $"{format} {name}: {status}");
    }

    [Theory]
    [InlineData("sqlite", "yaml")]
    [InlineData("sqlite", "json")]
    [InlineData("postgres", "yaml")]
    [InlineData("postgres", "json")]
    public async Task A_body_that_is_not_utf8_is_a_400_problem_and_writes_nothing(string store, string format)
    {
        byte[] body = format == "yaml"
            ? [.. "- id: x"u8, 0xFF, 0xFE, .. "\n  name: "u8, 0xC0, 0xAF, .. "\n  kind: company\n"u8]
            : [.. "{\"deal\":\"nvidia-openai-loi-2025\",\"source\":\"wsj-2026-01-30\",\"reported\":\"2026-04-01\",\"quote\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8];

        Assert.Equal(400, await Post(store, format, body));
    }

    /// <summary>Posts the body to the matching write endpoint of a fresh ledger; checks the answer is ProblemDetails and nothing changed.</summary>
    private async Task<int> Post(string store, string format, byte[] body)
    {
        var db = HostileDatabases.Create(store, postgres, _temp);
        var before = HostileDatabases.State(db);
        await using var server = await RealServer.Start(db, Token);
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(format == "yaml" ? "application/yaml" : "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, format == "yaml" ? "/api/import?name=parties.yaml" : "/api/claims") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);

        using var response = await server.Client.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(answer).RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", answer, StringComparison.Ordinal);
        Assert.Equal(before, HostileDatabases.State(db));
        using var alive = await server.Client.GetAsync(new Uri("/api/parties", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        return (int)response.StatusCode;
    }
}
