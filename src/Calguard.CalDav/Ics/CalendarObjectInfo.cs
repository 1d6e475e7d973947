namespace Calguard.CalDav.Ics;

/// <summary>The few facts the cleaner reads itself from an object: its UID, SUMMARY and ORGANIZER.</summary>
internal sealed record CalendarObjectInfo(string? Uid, string? Summary, string? Organizer)
{
    /// <summary>Reads the first component's UID, SUMMARY and ORGANIZER (without "mailto:").</summary>
    public static CalendarObjectInfo Read(string text)
    {
        string? uid = null, summary = null, organizer = null;
        var depth = 0;
        foreach (var line in ContentLineReader.Read(text))
        {
            var name = line.Name;
            if (name == "BEGIN")
            {
                depth++;
                continue;
            }

            if (name == "END")
            {
                depth--;
                continue;
            }

            // Depth 2 is a component directly inside VCALENDAR; alarms and timezones are deeper or elsewhere.
            if (depth != 2)
            {
                continue;
            }

            switch (name)
            {
                case "UID":
                    uid ??= line.Value.Trim();
                    break;
                case "SUMMARY":
                    summary ??= line.Value;
                    break;
                case "ORGANIZER":
                    organizer ??= NormalizeAddress(line.Value);
                    break;
            }

            if (uid is not null && summary is not null && organizer is not null)
            {
                break;
            }
        }

        return new CalendarObjectInfo(uid, summary, organizer);
    }

    /// <summary>Lower-cases an address and strips a <c>mailto:</c> prefix.</summary>
    public static string NormalizeAddress(string address)
    {
        var a = address.Trim();
        if (a.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            a = a[7..];
        }

        return a.ToLowerInvariant();
    }
}
