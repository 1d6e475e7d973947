namespace Calguard.CalDav;

/// <summary>One calendar object resource: an <c>.ics</c> holding one UID (with its overrides), per RFC 4791 §4.1.</summary>
/// <param name="Href">The resource href.</param>
/// <param name="ETag">The entity tag, quotes included, or <see langword="null"/> when unknown.</param>
/// <param name="CalendarData">The iCalendar text.</param>
public sealed record CalendarObjectResource(string Href, string? ETag, string CalendarData)
{
    /// <summary>True when the object was larger than <see cref="CalDavClientOptions.MaxObjectChars"/> and was cut.</summary>
    /// <remarks>A cut object is judged on what was read but is never rewritten (that would lose data).</remarks>
    public bool IsTruncated { get; init; }
}
