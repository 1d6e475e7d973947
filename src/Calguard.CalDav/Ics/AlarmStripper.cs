using System.Text;

namespace Calguard.CalDav.Ics;

/// <summary>
/// Removes every VALARM component from iCalendar text with a line-based edit: the alarm's lines go, every other
/// byte (folding, line ends, property order) stays as it was.
/// </summary>
/// <remarks>
/// Removing alarms is an attendee change that triggers no iTIP REPLY (RFC 6638 §3.2.2.1), so it is the safe way to
/// silence a suspicious event that is kept (R23, R35; practices §4.7 step 5). Text whose VALARM is never closed is
/// left untouched rather than guessed at.
/// </remarks>
internal static class AlarmStripper
{
    /// <summary>Returns the text without VALARMs and how many were removed (0 leaves the text identical).</summary>
    public static (string Text, int Removed) Strip(string text)
    {
        var output = new StringBuilder(text.Length);
        var depth = 0;
        var removed = 0;
        foreach (var line in ContentLineReader.Read(text))
        {
            if (line.IsBegin("VALARM"))
            {
                if (depth == 0)
                {
                    removed++;
                }

                depth++;
                continue;
            }

            if (depth > 0)
            {
                if (line.IsEnd("VALARM"))
                {
                    depth--;
                }

                continue;
            }

            output.Append(text, line.Start, line.Length);
        }

        return depth != 0 || removed == 0 ? (text, 0) : (output.ToString(), removed);
    }

    /// <summary>True when the text holds at least one VALARM.</summary>
    public static bool HasAlarms(string text) => ContentLineReader.Read(text).Any(l => l.IsBegin("VALARM"));
}
