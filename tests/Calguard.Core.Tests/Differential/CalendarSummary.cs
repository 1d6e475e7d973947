using System.Globalization;
using Calguard.Reading;

namespace Calguard.Core.Tests.Differential;

/// <summary>What the differential test compares for one event: the fields an invitation is judged by.</summary>
public sealed record EventSummary(string? Uid, string? Summary, string? Start, string? Organizer, int Attendees)
{
    /// <summary>The fields that differ from <paramref name="other"/>, by name.</summary>
    public IEnumerable<string> Differences(EventSummary other)
    {
        if (Uid != other.Uid)
        {
            yield return "UID";
        }
        if (Summary != other.Summary)
        {
            yield return "SUMMARY";
        }
        if (Start != other.Start)
        {
            yield return "DTSTART";
        }
        if (!string.Equals(Organizer, other.Organizer, StringComparison.OrdinalIgnoreCase))
        {
            yield return "ORGANIZER";
        }
        if (Attendees != other.Attendees)
        {
            yield return "ATTENDEE count";
        }
    }
}

/// <summary>Reads a calendar part with both readers into comparable summaries.</summary>
public static class CalendarSummary
{
    /// <summary>Our reader: per VCALENDAR, its VEVENTs.</summary>
    public static IReadOnlyList<IReadOnlyList<EventSummary>> Ours(byte[] data) =>
        CalendarReader.Read(data).Calendars
            .Select(c => (IReadOnlyList<EventSummary>)c.ChildrenNamed("VEVENT").Select(e => new EventSummary(
                e.Get("UID")?.Text,
                e.Get("SUMMARY")?.Text,
                NormaliseStart(e.Get("DTSTART")?.RawValue),
                NormaliseAddress(e.Get("ORGANIZER")?.RawValue),
                e.Count("ATTENDEE"))).ToList())
            .ToList();

    /// <summary>Ical.Net 5.2.4 (<c>CalendarCollection.Load</c>, as untrusted input must be loaded): per calendar, its events.</summary>
    public static IReadOnlyList<IReadOnlyList<EventSummary>> IcalNet(byte[] data)
    {
        var text = System.Text.Encoding.UTF8.GetString(data);
        return Ical.Net.CalendarCollection.Load(text)
            .Select(c => (IReadOnlyList<EventSummary>)c.Events.Select(e => new EventSummary(
                e.Uid,
                e.Summary,
                e.DtStart is { } s ? (s.HasTime ? s.Value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + (s.IsUtc ? "Z" : "") : s.Value.ToString("yyyyMMdd", CultureInfo.InvariantCulture)) : null,
                NormaliseAddress(e.Organizer?.Value?.OriginalString),
                e.Attendees.Count)).ToList())
            .ToList();
    }

    /// <summary>DTSTART value without its parameters, trimmed: 20261110T100000Z, 20261110.</summary>
    public static string? NormaliseStart(string? raw) => raw?.Trim();

    /// <summary>A calendar address without "mailto:" and surrounding blanks.</summary>
    public static string? NormaliseAddress(string? raw)
    {
        if (raw is null)
        {
            return null;
        }
        var value = raw.Trim();
        return value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
    }
}
