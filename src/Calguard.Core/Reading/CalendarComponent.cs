namespace Calguard.Reading;

/// <summary>A component (VCALENDAR, VEVENT, VALARM …) with its properties and sub-components.</summary>
public sealed class CalendarComponent
{
    private readonly List<CalendarProperty> _properties = [];
    private readonly List<CalendarComponent> _children = [];

    internal CalendarComponent(string name, int line)
    {
        Name = name;
        Line = line;
    }

    /// <summary>The component name, upper-cased.</summary>
    public string Name { get; }

    /// <summary>The 1-based line of its BEGIN.</summary>
    public int Line { get; }

    /// <summary>True when the matching END was seen.</summary>
    public bool IsClosed { get; internal set; }

    /// <summary>The properties in file order.</summary>
    public IReadOnlyList<CalendarProperty> Properties => _properties;

    /// <summary>The sub-components in file order.</summary>
    public IReadOnlyList<CalendarComponent> Children => _children;

    internal void Add(CalendarProperty property) => _properties.Add(property);

    // Running counts for the reader's limits, so checking them stays O(1) per line (100,000 attendees were quadratic).
    internal int KeptAttendees { get; set; }

    internal int DroppedAttendees { get; set; }

    internal int Alarms { get; set; }

    internal void Add(CalendarComponent child) => _children.Add(child);

    /// <summary>Returns the first property with that name, or null.</summary>
    public CalendarProperty? Get(string name)
    {
        foreach (var p in _properties)
        {
            if (ReferenceEquals(p.Name, name) || p.Name == name)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Returns every property with that name.</summary>
    public IEnumerable<CalendarProperty> GetAll(string name)
    {
        foreach (var p in _properties)
        {
            if (p.Name == name)
            {
                yield return p;
            }
        }
    }

    /// <summary>Counts the properties with that name.</summary>
    public int Count(string name)
    {
        var n = 0;
        foreach (var p in _properties)
        {
            if (p.Name == name)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Returns the sub-components with that name.</summary>
    public IEnumerable<CalendarComponent> ChildrenNamed(string name)
    {
        foreach (var c in _children)
        {
            if (c.Name == name)
            {
                yield return c;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({_properties.Count} properties, {_children.Count} components)";
}
