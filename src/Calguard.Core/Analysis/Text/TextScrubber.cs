using System.Buffers;

namespace Calguard.Analysis.Text;

/// <summary>Removes mail addresses and URLs from text before word analysis.</summary>
public static class TextScrubber
{
    /// <summary>Replaces every mail address and URL with a space.</summary>
    public static string RemoveAddresses(string text)
    {
        if (text.IndexOf('@') < 0 && text.IndexOf("://", StringComparison.Ordinal) < 0 && text.IndexOf("www.", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }
        return string.Create(text.Length, text, Blank);
    }

    // Only a token that holds '@' or "://", or starts with "www.", is blanked, and each of them holds one of these.
    private static readonly SearchValues<string> Markers = SearchValues.Create(["@", "://", "www."], StringComparison.OrdinalIgnoreCase);

    private static void Blank(Span<char> chars, string text)
    {
        text.CopyTo(chars);
        // From one marker to the next rather than token by token: most of a text has none.
        var i = 0;
        while (i < text.Length)
        {
            var marker = text.AsSpan(i).IndexOfAny(Markers);
            if (marker < 0)
            {
                return;
            }
            var start = i + marker;
            while (start > i && !IsSeparator(text[start - 1]))
            {
                start--;
            }
            var end = i + marker;
            while (end < text.Length && !IsSeparator(text[end]))
            {
                end++;
            }
            var token = text.AsSpan(start, end - start);
            if (token.Contains('@') && token.IndexOf('@') > 0 && token.IndexOf('@') < token.Length - 1 ||
                token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                chars.Slice(start, end - start).Fill(' ');
            }
            i = Math.Max(end, i + marker + 1);
        }
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '(' or ')' or '"' or '\'' or '[' or ']';
}
