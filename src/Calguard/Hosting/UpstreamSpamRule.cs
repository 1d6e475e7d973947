namespace Calguard.Host.Hosting;

/// <summary>
/// How the upstream mail filter says "spam" in a header, for the "calendar spam / all spam" ratio: <c>X-Spam-Flag: YES</c>
/// (SpamAssassin), <c>X-Spam-Action: reject</c> (rspamd). Configured as <c>Name: value</c>; a bare <c>Name</c> means
/// the header's presence is enough.
/// </summary>
/// <param name="Header">The header name, lower-case.</param>
/// <param name="Value">The value that means spam (compared case-insensitively, as a prefix ending at a word boundary), or null.</param>
public sealed record UpstreamSpamRule(string Header, string? Value)
{
    /// <summary>The default rules: SpamAssassin's flag and rspamd's actions that mean spam.</summary>
    public static IReadOnlyList<UpstreamSpamRule> Defaults { get; } =
    [
        new("x-spam-flag", "yes"),
        new("x-spam", "yes"),
        new("x-spam-action", "reject"),
        new("x-spam-action", "add header"),
        new("x-spam-action", "rewrite subject"),
    ];

    /// <summary>Parses <c>Name: value</c> or <c>Name</c>.</summary>
    /// <exception cref="FormatException">The name is empty or not a header name.</exception>
    public static UpstreamSpamRule Parse(string text)
    {
        var colon = text.IndexOf(':');
        var name = (colon < 0 ? text : text[..colon]).Trim().ToLowerInvariant();
        var value = colon < 0 ? null : text[(colon + 1)..].Trim();
        if (name.Length == 0 || name.Any(c => c <= ' ' || c > '~'))
        {
            throw new FormatException($"Calguard:UpstreamSpamHeaders: '{text}' is not 'Header-Name: value'");
        }
        return new UpstreamSpamRule(name, string.IsNullOrEmpty(value) ? null : value.ToLowerInvariant());
    }

    /// <summary>True when any rule matches the captured headers of a message.</summary>
    public static bool AnyMatch(IReadOnlyList<UpstreamSpamRule> rules, IReadOnlyDictionary<string, string> headers)
    {
        foreach (var rule in rules)
        {
            if (headers.TryGetValue(rule.Header, out var v) && rule.Matches(v))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a header value says spam by this rule.</summary>
    public bool Matches(string headerValue)
    {
        if (Value is null)
        {
            return true;
        }
        var v = headerValue.AsSpan().Trim();
        return v.StartsWith(Value, StringComparison.OrdinalIgnoreCase) && (v.Length == Value.Length || !char.IsLetterOrDigit(v[Value.Length]));
    }
}
