using System.Globalization;

namespace Dealgraph.Web.Hosting;

/// <summary>The server's settings, read from configuration section <c>Dealgraph</c>.</summary>
/// <param name="Db">The ledger database (a SQLite file path, or a PostgreSQL URL / connection string).</param>
/// <param name="Token">Bearer token of the write endpoints; without one they do not exist.</param>
/// <param name="Files">A folder whose files are also served under <c>/files/</c> (e.g. a published report).</param>
public sealed record ServerOptions(string Db, string? Token, string? Files)
{
    /// <summary>How often the store's change stamp is read (<c>Dealgraph:ChangeCheckMilliseconds</c>); null for the store's default.</summary>
    public TimeSpan? ChangeCheck { get; init; }

    /// <summary>Longest an analysis request may take before it is answered 504 (<c>Dealgraph:AnalysisTimeoutSeconds</c>, default 30).</summary>
    public TimeSpan AnalysisTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a stopping server waits for requests in flight, imports included (<c>Dealgraph:ShutdownTimeoutSeconds</c>, default 30).</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads the options; the database defaults as in the CLI: DEALGRAPH_DB, else ./dealgraph.db.</summary>
    public static ServerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var db = configuration["Dealgraph:Db"] is { Length: > 0 } d ? d
            : Environment.GetEnvironmentVariable("DEALGRAPH_DB") is { Length: > 0 } env ? env : "dealgraph.db";
        return new ServerOptions(db, configuration["Dealgraph:Token"], configuration["Dealgraph:Files"])
        {
            ChangeCheck = Number(configuration, "Dealgraph:ChangeCheckMilliseconds") is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            AnalysisTimeout = TimeSpan.FromSeconds(Number(configuration, "Dealgraph:AnalysisTimeoutSeconds") ?? 30),
            ShutdownTimeout = TimeSpan.FromSeconds(Number(configuration, "Dealgraph:ShutdownTimeoutSeconds") ?? 30),
        };
    }

    private static double? Number(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
                ? value
                : throw new InvalidOperationException($"{key} must be a non-negative number, not '{text}'")
            : null;
}
