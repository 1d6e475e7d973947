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

    private static void Blank(Span<char> chars, string text)
    {
        text.CopyTo(chars);
        var i = 0;
        while (i < chars.Length)
        {
            if (char.IsWhiteSpace(chars[i]) || chars[i] is '<' or '>' or '(' or ')' or '"' or '\'' or '[' or ']')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < chars.Length && !char.IsWhiteSpace(chars[i]) && chars[i] is not ('<' or '>' or '(' or ')' or '"' or '\'' or '[' or ']'))
            {
                i++;
            }
            var token = text.AsSpan(start, i - start);
            if (token.Contains('@') && token.IndexOf('@') > 0 && token.IndexOf('@') < token.Length - 1 ||
                token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                chars.Slice(start, i - start).Fill(' ');
            }
        }
    }
}
