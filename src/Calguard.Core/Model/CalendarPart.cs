using Calguard.Reading;

namespace Calguard;

/// <summary>A MIME part (or file) that carried calendar data, with what the reader made of it.</summary>
public sealed class CalendarPart
{
    internal CalendarPart(CalendarCarrier carrier, CalendarReadResult read, byte[] content)
    {
        Carrier = carrier;
        Read = read;
        Content = content;
        var calendars = new List<CalendarObject>();
        foreach (var root in read.Roots)
        {
            if (root.Name == "VCALENDAR")
            {
                calendars.Add(new CalendarObject(this, root));
            }
        }
        // A bare VEVENT without VCALENDAR is still a calendar object to a lenient client.
        if (calendars.Count == 0 && read.Roots.Count > 0)
        {
            foreach (var root in read.Roots)
            {
                if (root.Name is "VEVENT" or "VTODO")
                {
                    calendars.Add(new CalendarObject(this, root, wrap: true));
                }
            }
        }
        Calendars = calendars;
    }

    /// <summary>Where the part sat.</summary>
    public CalendarCarrier Carrier { get; }

    /// <summary>The reader's result: components and anomalies.</summary>
    public CalendarReadResult Read { get; }

    /// <summary>The decoded bytes that were read (at most <see cref="ReaderLimits.MaxBytes"/>).</summary>
    public byte[] Content { get; }

    /// <summary>The VCALENDAR objects in the part.</summary>
    public IReadOnlyList<CalendarObject> Calendars { get; }
}
