namespace Calguard.CalDav.Protocol;

/// <summary>One <c>DAV:response</c> of a multistatus: its href, optional status, and the properties found (200 only).</summary>
internal sealed class DavResponse
{
    public required string Href { get; init; }

    /// <summary>The response-level status (e.g. 404 for a removed member in sync-collection), if present.</summary>
    public int? Status { get; set; }

    public Dictionary<string, DavProperty> Properties { get; } = new(StringComparer.Ordinal);

    public string? Text(string name) => Properties.TryGetValue(name, out var p) ? p.Text : null;

    public DavProperty? Get(string name) => Properties.GetValueOrDefault(name);
}
