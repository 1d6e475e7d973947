using Calguard.CalDav;

namespace Calguard.Host.Cli;

/// <summary>
/// The connection options every <c>calguard caldav</c> subcommand shares: <c>--url</c>, <c>--user</c>,
/// <c>--password-file</c> or <c>--token-file</c>, <c>--insecure</c>, <c>--timeout</c>, <c>--retries</c>.
/// </summary>
/// <remarks>Secrets are read from files (or stdin with <c>-</c>), never from the command line, where other users could see them in the process list.</remarks>
public sealed class CalDavConnection
{
    /// <summary>The flags these options add.</summary>
    public static readonly string[] Flags = ["--insecure"];

    /// <summary>The valued options these options add.</summary>
    public static readonly string[] Options = ["--url", "--user", "--password-file", "--token-file", "--timeout", "--retries"];

    private CalDavConnection(Uri server, string? user, CalDavCredentials? credentials, CalDavClientOptions client)
    {
        Server = server;
        User = user;
        Credentials = credentials;
        ClientOptions = client;
    }

    /// <summary>The server URL.</summary>
    public Uri Server { get; }

    /// <summary>The user name, if any.</summary>
    public string? User { get; }

    /// <summary>The credentials, if any.</summary>
    public CalDavCredentials? Credentials { get; }

    /// <summary>Options for a <see cref="CalDavClient"/>.</summary>
    public CalDavClientOptions ClientOptions { get; }

    /// <summary>Reads the connection options.</summary>
    /// <param name="a">The parsed arguments.</param>
    /// <param name="defaultUrl">A URL to use when <c>--url</c> is missing (restore takes it from the undo log).</param>
    /// <param name="stdin">Where <c>-</c> reads a secret from.</param>
    /// <exception cref="UsageException">A required option is missing, malformed, or a secret file cannot be read.</exception>
    public static CalDavConnection From(Arguments a, string? defaultUrl = null, TextReader? stdin = null)
    {
        var url = a.Value("--url") ?? defaultUrl ?? throw new UsageException("--url is required (the CalDAV server, e.g. https://dav.example.org/)");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--url must be an http or https URL, not '{url}'");
        }

        var user = a.Value("--user");
        var passwordFile = a.Value("--password-file");
        var tokenFile = a.Value("--token-file");
        CalDavCredentials? credentials = null;
        if (passwordFile is not null && tokenFile is not null)
        {
            throw new UsageException("give --password-file or --token-file, not both");
        }

        if (passwordFile is not null)
        {
            if (string.IsNullOrEmpty(user))
            {
                throw new UsageException("--password-file needs --user");
            }

            credentials = CalDavCredentials.Basic(user, ReadSecret(passwordFile, "--password-file", stdin));
        }
        else if (tokenFile is not null)
        {
            credentials = CalDavCredentials.Bearer(ReadSecret(tokenFile, "--token-file", stdin));
        }
        else if (user is not null)
        {
            throw new UsageException("--user needs --password-file (the password is read from a file, or from stdin with -)");
        }

        var timeout = a.Int("--timeout");
        if (timeout is <= 0)
        {
            throw new UsageException("--timeout must be a positive number of seconds");
        }

        var retries = a.Int("--retries");
        if (retries is < 0)
        {
            throw new UsageException("--retries cannot be negative");
        }

        var defaults = new CalDavClientOptions { ServerUri = server };
        var options = defaults with
        {
            Credentials = credentials,
            Insecure = a.Flag("--insecure"),
            RequestTimeout = timeout is { } t ? TimeSpan.FromSeconds(t) : defaults.RequestTimeout,
            MaxRetries = retries ?? defaults.MaxRetries,
            UserAgent = "Calguard-CalDAV/1.0 (calguard caldav)",
        };
        return new CalDavConnection(server, credentials is null ? null : user ?? "bearer", credentials, options);
    }

    /// <summary>The connection options as they would be typed again (for the "restore with" hint); secrets as file names.</summary>
    /// <param name="a">The parsed arguments.</param>
    public static string Describe(Arguments a)
    {
        var parts = new List<string>();
        foreach (var name in Options)
        {
            if (a.Value(name) is { } value)
            {
                parts.Add(name + " " + Quote(value));
            }
        }

        if (a.Flag("--insecure"))
        {
            parts.Add("--insecure");
        }

        return string.Join(' ', parts);
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:@%+=,".Contains(c)) ? value : "'" + value.Replace("'", "'\\''") + "'";

    private static string ReadSecret(string file, string option, TextReader? stdin)
    {
        string text;
        try
        {
            text = file == "-" ? (stdin ?? Console.In).ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{option} {file}: {e.Message}");
        }

        // The file holds the secret on its first line; a trailing newline is not part of it.
        var secret = text.Split('\n')[0].TrimEnd('\r');
        return secret.Length > 0 ? secret : throw new UsageException($"{option} {file} is empty");
    }
}
