namespace Calguard.Analysis.Text;

/// <summary>Finds URLs in free text: http(s), ftp, www., data: and javascript: forms.</summary>
public static class LinkExtractor
{
    private static readonly string[] Starts = ["http://", "https://", "hxxp://", "hxxps://", "ftp://", "www.", "data:", "javascript:"];

    /// <summary>Adds every link in <paramref name="text"/> to <paramref name="links"/> (bounded by <paramref name="max"/>).</summary>
    public static void Extract(string? text, string where, List<Link> links, int max = 500)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        // Where each start form next occurs: searched again only once the scan has passed it, not for every link.
        Span<int> found = stackalloc int[Starts.Length];
        found.Fill(-2);
        var i = 0;
        while (i < text.Length && links.Count < max)
        {
            var next = -1;
            string? which = null;
            for (var k = 0; k < Starts.Length; k++)
            {
                if (found[k] == -2 || (found[k] >= 0 && found[k] < i))
                {
                    found[k] = text.IndexOf(Starts[k], i, StringComparison.OrdinalIgnoreCase);
                }
                var at = found[k];
                if (at >= 0 && (next < 0 || at < next))
                {
                    next = at;
                    which = Starts[k];
                }
            }
            if (next < 0)
            {
                return;
            }
            if (which == "www." && next > 0 && (char.IsLetterOrDigit(text[next - 1]) || text[next - 1] is '/' or '.' or '@'))
            {
                i = next + 4;
                continue;
            }
            if (which is "data:" or "javascript:" && next > 0 && char.IsLetterOrDigit(text[next - 1]))
            {
                i = next + which.Length;
                continue;
            }
            var end = next;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '<' or '>' or '\'' or '`' or '\\'))
            {
                end++;
            }
            var raw = text[next..end];
            if (raw.StartsWith("hxxp", StringComparison.OrdinalIgnoreCase))
            {
                raw = "http" + raw[4..];
            }
            if (Link.Parse(raw, where) is { } link)
            {
                links.Add(link);
            }
            i = Math.Max(end, next + 1);
        }
    }
}
