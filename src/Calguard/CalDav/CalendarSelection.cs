using Calguard.CalDav;

namespace Calguard.Host.CalDav;

/// <summary>Picks the calendars a command walks, by href, display name or last path segment (case-insensitive).</summary>
/// <remarks>Matches names the way <c>CalendarCleaner</c> does, so <c>scan</c> and <c>clean</c> accept the same <c>--calendar</c> values.</remarks>
public static class CalendarSelection
{
    /// <summary>Selects calendars (never the scheduling Inbox); every calendar when <paramref name="wanted"/> is empty.</summary>
    /// <param name="all">The collections below the calendar home.</param>
    /// <param name="wanted">Names or hrefs from <c>--calendar</c>.</param>
    /// <exception cref="ArgumentException">A wanted calendar does not exist; the message lists the known ones.</exception>
    public static IReadOnlyList<CalendarCollection> Select(IEnumerable<CalendarCollection> all, IReadOnlyCollection<string> wanted)
    {
        var calendars = all.Where(c => c.IsCalendar && !c.IsScheduleInbox).ToList();
        if (wanted.Count == 0)
        {
            return calendars;
        }

        var result = new List<CalendarCollection>();
        foreach (var name in wanted)
        {
            var found = calendars.FirstOrDefault(c => Matches(c, name))
                ?? throw new ArgumentException($"no calendar '{name}'; known: {string.Join(", ", calendars.Select(c => c.Name))}");
            if (!result.Contains(found))
            {
                result.Add(found);
            }
        }

        return result;
    }

    /// <summary>The comparable form of an href: the unescaped absolute path, ending in <c>/</c> for collections as given.</summary>
    /// <param name="href">An href or absolute URL.</param>
    public static string Key(string href)
    {
        var path = Uri.TryCreate(href, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : href;
        return Uri.UnescapeDataString(path);
    }

    private static bool Matches(CalendarCollection calendar, string name)
    {
        var segment = Uri.UnescapeDataString(calendar.Href.TrimEnd('/').Split('/')[^1]);
        return Key(calendar.Href).TrimEnd('/') == Key(name).TrimEnd('/')
            || string.Equals(calendar.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(segment, name, StringComparison.OrdinalIgnoreCase);
    }
}
