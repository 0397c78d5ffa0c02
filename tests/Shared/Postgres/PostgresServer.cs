using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dealgraph.Tests;

/// <summary>
/// A throwaway PostgreSQL cluster for tests: initdb in a temp folder, started on a free loopback
/// port, stopped and deleted at the end. As root it runs the server as the 'postgres' user
/// (PostgreSQL refuses to run as root). Set DEALGRAPH_TEST_POSTGRES to a connection string to use
/// an existing server instead.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _dataDir;
    private readonly string? _binDir;
    private readonly bool _asPostgresUser;
    private readonly string _baseConnectionString;
    private readonly string? _root;
    private readonly int _port;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("DEALGRAPH_TEST_POSTGRES") is { Length: > 0 } external)
        {
            _baseConnectionString = external;
            return;
        }
        _binDir = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (_binDir is null)
        {
            throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: run ./test.sh (it installs Debian's postgresql) or set DEALGRAPH_TEST_POSTGRES");
        }
        var root = Path.Combine(Path.GetTempPath(), "dealgraph-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _dataDir = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        _asPostgresUser = Environment.UserName == "root";
        if (_asPostgresUser)
        {
            Run("chown", $"postgres {root}", asPostgres: false);
        }
        _root = root;
        _port = FreePort();
        Run(Path.Combine(_binDir, "initdb"), $"-D {_dataDir} -A trust -U dealgraph -E UTF8 --locale=C --no-sync");
        Start();
        _baseConnectionString = $"Host=127.0.0.1;Port={_port};Username=dealgraph;Database=postgres;Pooling=false;Timeout=30";
    }

    /// <summary>Starts the cluster (again) on its port; waits until it accepts connections.</summary>
    public void Start() =>
        Run(Path.Combine(BinDir, "pg_ctl"), $"-D {_dataDir} -l {_root}/server.log -w -t 60 -o \"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start");

    /// <summary>Stops the cluster as an operator would (<c>pg_ctl stop -m fast</c>: sessions are ended, nothing is lost).</summary>
    public void Stop() => Run(Path.Combine(BinDir, "pg_ctl"), $"-D {_dataDir} -m fast -w stop");

    private string BinDir => _binDir ?? throw new InvalidOperationException("an external server (DEALGRAPH_TEST_POSTGRES) cannot be stopped or started by the tests");

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new Npgsql.NpgsqlConnection(_baseConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new Npgsql.NpgsqlConnectionStringBuilder(_baseConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        if (_dataDir is null || _binDir is null)
        {
            return;
        }
        try
        {
            Run(Path.Combine(_binDir, "pg_ctl"), $"-D {_dataDir} -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true);
        }
    }

    private void Run(string program, string arguments, bool asPostgres = true)
    {
        var info = asPostgres && _asPostgresUser
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {stderr}{stdout.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
