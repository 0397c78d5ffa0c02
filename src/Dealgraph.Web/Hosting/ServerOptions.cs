namespace Dealgraph.Web.Hosting;

/// <summary>The server's settings, read from configuration section <c>Dealgraph</c>.</summary>
/// <param name="Db">The ledger database (a SQLite file path).</param>
/// <param name="Token">Bearer token of the write endpoints; without one they do not exist.</param>
/// <param name="Files">A folder whose files are also served under <c>/files/</c> (e.g. a published report).</param>
public sealed record ServerOptions(string Db, string? Token, string? Files)
{
    /// <summary>Reads the options; the database defaults as in the CLI: DEALGRAPH_DB, else ./dealgraph.db.</summary>
    public static ServerOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var db = configuration["Dealgraph:Db"] is { Length: > 0 } d ? d
            : Environment.GetEnvironmentVariable("DEALGRAPH_DB") is { Length: > 0 } env ? env : "dealgraph.db";
        return new ServerOptions(db, configuration["Dealgraph:Token"], configuration["Dealgraph:Files"]);
    }
}
