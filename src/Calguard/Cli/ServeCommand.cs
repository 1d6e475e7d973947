using Calguard.Host.Hosting;

namespace Calguard.Host.Cli;

/// <summary><c>calguard serve [--config FILE] [--urls URLS] [--data DIR] [--milter ENDPOINT]</c>: the HTTP API and, in the same host, the milter listener.</summary>
public static class ServeCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: calguard serve [--config FILE] [--urls URLS] [--data DIR] [--milter ENDPOINT]...
          --config  JSON configuration file (see calguard.sample.json and docs/configuration.md)
          --urls    where to listen, ';'-separated (default http://127.0.0.1:8025: loopback only)
          --data    directory of the SQLite database (default ./data); ignored with ConnectionStrings:Postgres
          --milter  also listen for Postfix/Sendmail milter connections: inet:127.0.0.1:8891 or unix:/path
                    (repeatable; default none, or Calguard:Milter:Endpoints)
        Environment: CALGUARD_ADMIN_KEY=KEY makes KEY an admin key; Calguard__Section__Key=value and
        ConnectionStrings__Postgres / ConnectionStrings__Redis as in the configuration file.
        Stops gracefully on SIGTERM or Ctrl+C. exit codes: 0 stopped, 1 could not start, 2 usage error
        """;

    /// <summary>Runs the server until it is stopped.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var a = new Arguments(args, [], ["--config", "--urls", "--data", "--milter"]);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"serve takes no arguments, not '{a.Positionals[0]}'");
        }
        var arguments = new ServeArguments { ConfigFile = a.Value("--config"), Urls = a.Value("--urls"), DataDirectory = a.Value("--data"), MilterEndpoints = a.Values("--milter") };
        WebApplication app;
        try
        {
            var builder = await CalguardHost.CreateBuilderAsync(arguments);
            app = CalguardHost.Build(builder);
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or System.Data.Common.DbException or StackExchange.Redis.RedisException
                                       or InvalidOperationException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            await Console.Error.WriteLineAsync($"calguard: serve could not start: {e.Message}");
            return 1;
        }
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use as an IOException at start.
            await Console.Error.WriteLineAsync($"calguard: serve could not start: {e.Message}");
            return 1;
        }
    }
}
