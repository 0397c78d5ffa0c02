using Dealgraph.Web.Api;
using Dealgraph.Web.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;

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
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        // On SIGTERM / Ctrl+C Kestrel stops accepting and waits this long for requests in flight: an
        // import either commits within it or, if the process is then ended, its transaction rolls back.
        builder.Services.AddOptions<HostOptions>().Configure<IConfiguration>((host, config) => host.ShutdownTimeout = ServerOptions.From(config).ShutdownTimeout);
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        builder.Services.AddRequestTimeouts();
        builder.Services.AddOptions<RequestTimeoutOptions>().Configure<IConfiguration>((timeouts, config) =>
            timeouts.AddPolicy(RequestLimits.AnalysisTimeoutPolicy, AnalysisTimeout(ServerOptions.From(config).AnalysisTimeout)));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestProblemHandler>();
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
        builder.Services.AddSingleton(sp => new LedgerAnswers(sp.GetRequiredService<LedgerSource>(), ServerOptions.From(sp.GetRequiredService<IConfiguration>()).AnalysisTimeout));

        var app = builder.Build();
        var options = ServerOptions.From(app.Configuration);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseRequestTimeouts();
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

    private static RequestTimeoutPolicy AnalysisTimeout(TimeSpan limit) => new()
    {
        Timeout = limit,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "Analysis timed out",
                Detail = $"the analysis took longer than {limit.TotalSeconds:0.###} s; it goes on in the background and the same request is answered from memory once it is done",
            },
        }).AsTask(),
    };
}
