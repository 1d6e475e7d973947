using System.Globalization;
using System.Net;

namespace Calguard.Analysis.Text;

/// <summary>A link found in the invitation, with the host facts the content rules read.</summary>
public sealed class Link
{
    private static readonly IdnMapping Idn = new();
    private static readonly char[] Wrappers = ['<', '>', '"', '\'', '(', ')', '[', ']'];
    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?'];
    private static readonly char[] Brackets = ['[', ']'];

    private Link(string raw, string where)
    {
        Raw = raw;
        Where = where;
    }

    /// <summary>The link as written.</summary>
    public string Raw { get; }

    /// <summary>Where it was found: SUMMARY, DESCRIPTION, LOCATION, URL, ATTACH, CONFERENCE, X-ALT-DESC, BODY, HTML.</summary>
    public string Where { get; }

    /// <summary>The scheme, lower-cased (http, https, data, javascript …).</summary>
    public string Scheme { get; private init; } = string.Empty;

    /// <summary>The host in Unicode form, lower-cased; empty for data: and similar.</summary>
    public string Host { get; private init; } = string.Empty;

    /// <summary>The host in ASCII (punycode) form.</summary>
    public string AsciiHost { get; private init; } = string.Empty;

    /// <summary>True when the host is an IP address literal (decimal, hex and dotted forms included).</summary>
    public bool IsIpLiteral { get; private init; }

    /// <summary>True when the URL carries a user-info part (<c>https://paypal.com@evil.example/</c>).</summary>
    public bool HasUserInfo { get; private init; }

    /// <summary>The path, lower-cased ("/login/verify"); empty for data: and similar.</summary>
    public string Path { get; private init; } = string.Empty;

    /// <summary>The query without its '?'; empty when there is none.</summary>
    public string Query { get; private init; } = string.Empty;

    /// <summary>The anchor text when the link came from HTML.</summary>
    public string? Text { get; private init; }

    /// <summary>The organisational domain of the host.</summary>
    public string Domain => Host.Length == 0 || IsIpLiteral ? Host : DomainNames.Organizational(AsciiHost);

    /// <summary>Parses a link; returns null when it is not a usable URL.</summary>
    public static Link? Parse(string raw, string where, string? text = null)
    {
        var trimmed = raw.Trim().Trim(Wrappers).TrimEnd(TrailingPunctuation);
        if (trimmed.Length is < 4 or > 4096)
        {
            return null;
        }
        if (trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return new Link(trimmed, where) { Scheme = "data", Text = text };
        }
        if (trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
        {
            return new Link(trimmed, where) { Scheme = trimmed[..trimmed.IndexOf(':')].ToLowerInvariant(), Text = text };
        }
        if (trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "http://" + trimmed;
        }
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "ftp"))
        {
            return null;
        }
        string host;
        string ascii;
        try
        {
            host = uri.Host.Trim(Brackets).ToLowerInvariant();
            ascii = uri.IdnHost.Trim(Brackets).ToLowerInvariant();
            if (ascii.Contains("xn--", StringComparison.Ordinal))
            {
                host = Idn.GetUnicode(ascii).ToLowerInvariant();
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or UriFormatException)
        {
            return null;
        }
        var ip = uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || IPAddress.TryParse(host, out _);
        return new Link(trimmed, where)
        {
            Scheme = uri.Scheme,
            Host = host,
            AsciiHost = ascii,
            IsIpLiteral = ip,
            HasUserInfo = uri.UserInfo.Length > 0,
            Path = uri.AbsolutePath.ToLowerInvariant(),
            Query = uri.Query.TrimStart('?'),
            Text = text,
        };
    }

    /// <inheritdoc />
    public override string ToString() => Raw.Length > 80 ? Raw[..80] + "…" : Raw;
}
