using System.Net.Sockets;
using System.Text;
using Dealgraph.Tests;

namespace Dealgraph.Web.Tests;

/// <summary>
/// Requests written byte for byte on a raw connection (no client normalises them): path
/// traversal out of <c>--files</c>, and bytes that are not UTF-8 in the path and the query.
/// Each is refused (400/404) and never answers with the contents of a file outside the folder.
/// </summary>
public sealed class PathTraversalTests(ExampleLedger example) : IClassFixture<ExampleLedger>, IDisposable
{
    private const string Secret = "SECRET-OUTSIDE-THE-SERVED-FOLDER";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/files/../secret.txt")]
    [InlineData("/files/..%2fsecret.txt")]
    [InlineData("/files/%2e%2e/secret.txt")]
    [InlineData("/files/%2e%2e%2fsecret.txt")]
    [InlineData("/files/%2E%2E%2Fsecret.txt")]
    [InlineData("/files/..%5csecret.txt")]
    [InlineData("/files/..\\secret.txt")]
    [InlineData("/files/%252e%252e%252fsecret.txt")]
    [InlineData("/files/%c0%ae%c0%ae/secret.txt")]
    [InlineData("/files/....//secret.txt")]
    [InlineData("/files/..;/secret.txt")]
    [InlineData("/files/public/../../secret.txt")]
    [InlineData("/files/{root}/secret.txt")]
    [InlineData("/files//{root}/secret.txt")]
    [InlineData("/files/%2f{root}%2fsecret.txt")]
    [InlineData("/files/secret.txt%00.json")]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e{root}/secret.txt")]
    [InlineData("{root}/secret.txt")]
    public async Task Traversal_out_of_the_files_folder_is_refused_and_never_shows_the_file(string target)
    {
        var (server, root) = await Serve();
        await using var _ = server;

        var path = target.Replace("{root}", root, StringComparison.Ordinal);
        var response = await Send(server, $"GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");

        Assert.Matches("^HTTP/1.1 40[04] ", response);
        Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_inside_the_folder_is_served()
    {
        var (server, _) = await Serve();
        await using var __ = server;

        var response = await Send(server, "GET /files/public/report.txt HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 200 OK", response, StringComparison.Ordinal);
        Assert.Contains("the published report", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/deals?party=\xff\xfe")]
    [InlineData("/api/deals?party=%ff%fe")]
    [InlineData("/api/deals?party=%c0%af")]
    [InlineData("/api/deals/\xc3\x28")]
    [InlineData("/api/deals/%ed%a0%80")]
    [InlineData("/api/deals?kind=%")]
    public async Task Bytes_that_are_not_utf8_in_the_path_or_query_are_refused(string target)
    {
        var (server, _) = await Serve();
        await using var __ = server;

        // Latin-1 puts each char below 256 on the wire as that very byte: raw invalid UTF-8.
        var response = await Send(server, $"GET {target} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n");

        Assert.Matches("^HTTP/1.1 40[04] ", response);
        Assert.DoesNotContain("   at ", response, StringComparison.Ordinal);
    }

    private async Task<(RealServer Server, string Root)> Serve()
    {
        var root = _temp.File("site");
        Directory.CreateDirectory(Path.Combine(root, "files", "public"));
        await File.WriteAllTextAsync(Path.Combine(root, "secret.txt"), Secret);
        await File.WriteAllTextAsync(Path.Combine(root, "files", "secret.txt"), "not outside, but only reachable as /files/secret.txt");
        await File.WriteAllTextAsync(Path.Combine(root, "files", "public", "report.txt"), "the published report");
        var server = await RealServer.Start(example.Db, extra: new Dictionary<string, string?> { ["Dealgraph:Files"] = Path.Combine(root, "files") });
        return (server, root);
    }

    private static async Task<string> Send(RealServer server, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var answer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(answer).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (IOException)
        {
            // Reset after the answer: what was read is the answer.
        }
        return Encoding.UTF8.GetString(answer.ToArray());
    }
}
