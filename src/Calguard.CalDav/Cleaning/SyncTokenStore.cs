using System.Collections.Concurrent;
using System.Text.Json;

namespace Calguard.CalDav.Cleaning;

/// <summary>Sync tokens per calendar href, so a later scan fetches only what changed (RFC 6578).</summary>
/// <remarks>The scan updates a calendar's token only after the whole calendar was read, so an aborted run repeats it.</remarks>
public sealed class SyncTokenStore
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>The token stored for <paramref name="calendarHref"/>, or <see langword="null"/>.</summary>
    /// <param name="calendarHref">The calendar collection href.</param>
    public string? Get(string calendarHref) => _tokens.TryGetValue(calendarHref, out var t) ? t : null;

    /// <summary>Stores (or with <see langword="null"/>, forgets) the token for a calendar.</summary>
    /// <param name="calendarHref">The calendar collection href.</param>
    /// <param name="token">The new token.</param>
    public void Set(string calendarHref, string? token)
    {
        if (token is null)
        {
            _tokens.TryRemove(calendarHref, out _);
        }
        else
        {
            _tokens[calendarHref] = token;
        }
    }

    /// <summary>A snapshot of all tokens.</summary>
    public IReadOnlyDictionary<string, string> ToDictionary() => new Dictionary<string, string>(_tokens);

    /// <summary>Serialises the tokens as a JSON object <c>{"href": "token"}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(ToDictionary());

    /// <summary>Reads tokens written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON object.</param>
    /// <exception cref="JsonException">The text is not such an object.</exception>
    public static SyncTokenStore FromJson(string json)
    {
        var store = new SyncTokenStore();
        foreach (var (href, token) in JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
        {
            store.Set(href, token);
        }

        return store;
    }
}
