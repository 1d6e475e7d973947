using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Calguard.Milter;

/// <summary>A listening address in the notation MTAs use for milters.</summary>
/// <remarks>
/// Accepted forms: <c>inet:HOST:PORT</c> (Postfix), <c>inet:PORT@HOST</c> (Sendmail), <c>inet:PORT</c> (all
/// interfaces, as in Sendmail), <c>inet6:[HOST]:PORT</c>, <c>inet6:PORT@HOST</c>, <c>inet6:PORT</c>,
/// <c>unix:PATH</c> and <c>local:PATH</c>. Port 0 asks the system for a free port.
/// </remarks>
public sealed record MilterEndpoint
{
    private MilterEndpoint(MilterEndpointKind kind, string? host, int port, string? path)
    {
        Kind = kind;
        Host = host;
        Port = port;
        Path = path;
    }

    /// <summary>The socket type.</summary>
    public MilterEndpointKind Kind { get; }

    /// <summary>The host name or address for inet endpoints; <see langword="null"/> means all interfaces.</summary>
    public string? Host { get; }

    /// <summary>The TCP port for inet endpoints.</summary>
    public int Port { get; }

    /// <summary>The socket path for unix endpoints.</summary>
    public string? Path { get; }

    /// <summary>Parses an endpoint.</summary>
    /// <param name="text">The endpoint text.</param>
    /// <returns>The endpoint.</returns>
    /// <exception cref="FormatException">The text is not a milter endpoint.</exception>
    public static MilterEndpoint Parse(string text)
    {
        TryParse(text, throwOnError: true, out MilterEndpoint? endpoint);
        return endpoint!;
    }

    /// <summary>Tries to parse an endpoint.</summary>
    /// <param name="text">The endpoint text.</param>
    /// <param name="endpoint">The endpoint, when the text is valid.</param>
    /// <returns><see langword="true"/> when the text is valid.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out MilterEndpoint? endpoint) =>
        TryParse(text, throwOnError: false, out endpoint);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        MilterEndpointKind.Unix => $"unix:{Path}",
        MilterEndpointKind.Inet6 => Host is null ? $"inet6:{Port}" : $"inet6:[{Host}]:{Port}",
        _ => Host is null ? $"inet:{Port}" : $"inet:{Host}:{Port}",
    };

    private static bool TryParse(string? text, bool throwOnError, [NotNullWhen(true)] out MilterEndpoint? endpoint)
    {
        endpoint = null;
        string? error = Parse(text, ref endpoint);
        if (error is null && endpoint is not null)
        {
            return true;
        }

        return throwOnError ? throw new FormatException($"'{text}' is not a milter endpoint: {error}.") : false;
    }

    private static string? Parse(string? text, ref MilterEndpoint? endpoint)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "it is empty";
        }

        int colon = text.IndexOf(':');
        if (colon < 0)
        {
            return "it has no 'inet:', 'inet6:' or 'unix:' prefix";
        }

        string scheme = text[..colon].ToLowerInvariant();
        string rest = text[(colon + 1)..];
        if (scheme is "unix" or "local")
        {
            if (rest.Length == 0)
            {
                return "the socket path is empty";
            }

            endpoint = new MilterEndpoint(MilterEndpointKind.Unix, null, 0, rest);
            return null;
        }

        MilterEndpointKind? kind = scheme switch
        {
            "inet" => MilterEndpointKind.Inet,
            "inet6" => MilterEndpointKind.Inet6,
            _ => null,
        };
        if (kind is null)
        {
            return $"unknown scheme '{scheme}'";
        }

        string portText;
        string? host;
        int at = rest.IndexOf('@');
        if (at >= 0)
        {
            portText = rest[..at];
            host = rest[(at + 1)..];
        }
        else if (rest.StartsWith('['))
        {
            int close = rest.IndexOf(']');
            if (close < 0 || close + 1 >= rest.Length || rest[close + 1] != ':')
            {
                return "expected [HOST]:PORT";
            }

            host = rest[1..close];
            portText = rest[(close + 2)..];
        }
        else
        {
            int last = rest.LastIndexOf(':');
            host = last < 0 ? null : rest[..last];
            portText = last < 0 ? rest : rest[(last + 1)..];
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            return $"'{portText}' is not a port";
        }

        if (host is not null && (host.Length == 0 || host == "*"))
        {
            host = null;
        }

        endpoint = new MilterEndpoint(kind.Value, host, port, null);
        return null;
    }
}
