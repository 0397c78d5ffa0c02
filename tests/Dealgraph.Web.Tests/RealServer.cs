using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Dealgraph.Web.Tests;

/// <summary>The real server on Kestrel, on a free loopback port: what <c>dealgraph serve</c> runs, with Kestrel's own limits.</summary>
internal sealed class RealServer : IAsyncDisposable
{
    private RealServer(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        // A client that sent "Expect: 100-continue" waits for the server's word before sending a body:
        // the default 1 s timer, under a loaded CI machine, made it start uploading a body the server had already
        // refused with 413, and the server's close then broke the pipe mid-upload.
        Client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = address };
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<RealServer> Start(string db, string? token = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0", ["Dealgraph:Db"] = db, ["Dealgraph:Token"] = token ?? "" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var app = DealgraphServer.Build([], settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RealServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
