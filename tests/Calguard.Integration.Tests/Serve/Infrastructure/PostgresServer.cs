using Npgsql;

namespace Calguard.Integration.Tests.Serve.Infrastructure;

/// <summary>
/// A private PostgreSQL cluster for the test run: <c>initdb</c> in a temp dir as the <c>postgres</c> system user
/// (initdb refuses root), listening on a free loopback port, stopped and removed on dispose. Each test takes a fresh
/// database from <see cref="CreateDatabaseAsync"/>. Needs the Debian package postgresql and root (for runuser).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string _directory = string.Empty;
    private string _bin = string.Empty;

    public int Port { get; private set; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;

    public async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql; scripts/test.sh does)");
        if (Environment.UserName != "root")
        {
            throw new InvalidOperationException("starting a private PostgreSQL needs root (runuser -u postgres)");
        }
        _directory = Path.Combine(Path.GetTempPath(), "calguard-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        await ExternalProcess.RunAsync("chown", ["postgres:postgres", _directory]);
        Port = ExternalProcess.FreePort();
        var data = Path.Combine(_directory, "data");
        await ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]);
        // fsync off: the cluster is thrown away after the run; durability of serve is tested on SQLite.
        await ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, "pg_ctl"), "-D", data, "-l", Path.Combine(_directory, "log"), "-w", "-t", "60",
            "-o", $"-p {Port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200", "start"]);
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "calguard_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async Task DisposeAsync()
    {
        if (_directory.Length == 0)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        try
        {
            await ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
