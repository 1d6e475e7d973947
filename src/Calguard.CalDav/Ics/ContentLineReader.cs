using System.Text;

namespace Calguard.CalDav.Ics;

/// <summary>Splits iCalendar text into logical lines without changing a byte of it.</summary>
/// <remarks>
/// Accepts CRLF, LF and lone CR terminators; a line starting with a space or tab continues the previous one
/// (RFC 5545 §3.1). The ranges let an editor drop whole lines and copy the rest verbatim.
/// </remarks>
internal static class ContentLineReader
{
    public static IEnumerable<ContentLine> Read(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var start = position;
            var unfolded = new StringBuilder();
            var first = true;
            while (position < text.Length && (first || text[position] is ' ' or '\t'))
            {
                var (contentEnd, next) = PhysicalLine(text, position);
                unfolded.Append(text, first ? position : position + 1, contentEnd - (first ? position : position + 1));
                position = next;
                first = false;
            }

            yield return new ContentLine(start, position - start, unfolded.ToString());
        }
    }

    /// <summary>Returns where the content of the physical line at <paramref name="start"/> ends and where the next line begins.</summary>
    private static (int ContentEnd, int Next) PhysicalLine(string text, int start)
    {
        var i = text.AsSpan(start).IndexOfAny('\r', '\n');
        if (i < 0)
        {
            return (text.Length, text.Length);
        }

        var end = start + i;
        if (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n')
        {
            return (end, end + 2);
        }

        return (end, end + 1);
    }
}
