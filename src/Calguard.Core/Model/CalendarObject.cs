using Calguard.Reading;

namespace Calguard;

/// <summary>One VCALENDAR object: its METHOD, product and events.</summary>
public sealed class CalendarObject
{
    internal CalendarObject(CalendarPart part, CalendarComponent component, bool wrap = false)
    {
        Part = part;
        Component = component;
        Method = component.Get("METHOD")?.RawValue.Trim().ToUpperInvariant() is { Length: > 0 } m ? m : null;
        ProductId = component.Get("PRODID")?.RawValue.Trim();
        Version = component.Get("VERSION")?.RawValue.Trim();
        var zones = new TimeZoneResolver(component);
        var events = new List<CalendarEvent>();
        if (wrap)
        {
            events.Add(CalendarEvent.From(component, zones));
        }
        foreach (var child in wrap ? [] : component.Children)
        {
            if (child.Name is "VEVENT" or "VTODO" or "VJOURNAL" or "VFREEBUSY")
            {
                events.Add(CalendarEvent.From(child, zones));
            }
        }
        Events = events;
    }

    /// <summary>The part that carried it.</summary>
    public CalendarPart Part { get; }

    /// <summary>The VCALENDAR component.</summary>
    public CalendarComponent Component { get; }

    /// <summary>METHOD, upper-cased (REQUEST, CANCEL, REPLY, PUBLISH …), or null when absent.</summary>
    public string? Method { get; }

    /// <summary>PRODID: the software that says it wrote the object.</summary>
    public string? ProductId { get; }

    /// <summary>VERSION (2.0, or 1.0 for vCalendar).</summary>
    public string? Version { get; }

    /// <summary>VEVENT, VTODO, VJOURNAL and VFREEBUSY components, in order.</summary>
    public IReadOnlyList<CalendarEvent> Events { get; }
}
