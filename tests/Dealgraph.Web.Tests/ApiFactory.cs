using Dealgraph.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Dealgraph.Web.Tests;

/// <summary>The real server (any public type of the server assembly names its entry point) in memory (TestServer) on a ledger database, with or without a write token.</summary>
public sealed class ApiFactory(string db, string? token = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<LedgerSource>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dealgraph:Db", db);
        builder.UseSetting("Dealgraph:Token", token ?? "");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }
}
