using Dealgraph.Web.Api;
using Dealgraph.Web.Hosting;

namespace Dealgraph.Web;

/// <summary>Builds the Dealgraph web app: the JSON API, its OpenAPI document and the dashboard.</summary>
public static class DealgraphServer
{
    /// <summary>Where the server listens when nothing else is configured: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds the app from command-line style <paramref name="args"/> and extra <paramref name="settings"/>
    /// (<c>Dealgraph:Db</c>, <c>Dealgraph:Token</c>, <c>Dealgraph:Files</c>, <c>urls</c>).
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<InputProblemHandler>();
        builder.Services.AddExceptionHandler<StoreUnavailableHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = Core.Views.ViewJson.Options.PropertyNamingPolicy;
            o.SerializerOptions.Encoder = Core.Views.ViewJson.Options.Encoder;
        });
        builder.Services.AddSingleton(sp =>
        {
            var options = ServerOptions.From(sp.GetRequiredService<IConfiguration>());
            return new LedgerSource(options.Db, options.ChangeCheck);
        });
        builder.Services.AddSingleton<LedgerAnswers>();

        var app = builder.Build();
        var options = ServerOptions.From(app.Configuration);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.MapOpenApi();
        app.MapDashboard(options);
        app.MapReadApi();
        app.MapAnalysesApi();
        if (options.Token is { Length: > 0 } token)
        {
            app.MapWriteApi(token);
        }
        return app;
    }
}
