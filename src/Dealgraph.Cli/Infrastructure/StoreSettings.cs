using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dealgraph.Cli.Infrastructure;

/// <summary>Settings of every command that uses the ledger database.</summary>
public class StoreSettings : CheckedSettings
{
    /// <summary>The database: a SQLite file path or a PostgreSQL URL.</summary>
    [CommandOption("--db <DB>")]
    [Description("Database: a SQLite file path or a postgres://user@host/db URL. Default: $DEALGRAPH_DB, else ./dealgraph.db")]
    public string? Db { get; init; }

    /// <summary>The database location after defaults: --db, then DEALGRAPH_DB, then ./dealgraph.db.</summary>
    public string DbLocation =>
        Db ?? (Environment.GetEnvironmentVariable("DEALGRAPH_DB") is { Length: > 0 } env ? env : "dealgraph.db");
}
