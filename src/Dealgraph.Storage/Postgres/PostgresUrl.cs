using Npgsql;

namespace Dealgraph.Storage.Postgres;

/// <summary>Turns <c>postgres://user:password@host:port/database?sslmode=…</c> into an Npgsql connection string.</summary>
public static class PostgresUrl
{
    /// <summary>True for <c>postgres://</c> and <c>postgresql://</c> URLs and for key=value connection strings naming a host.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The Npgsql connection string for a URL (a key=value string is returned as is).</summary>
    /// <exception cref="FormatException">The URL cannot be read.</exception>
    public static string ToConnectionString(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return location;
        }
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            throw new FormatException($"'{location}' is not a postgres://user@host/database URL");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } db ? db : "dealgraph",
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }
        return builder.ConnectionString;
    }
}
