using System.Net;
using System.Text;

namespace Calguard.Reading;

/// <summary>A link in HTML: where it goes and what it says.</summary>
/// <param name="Href">The href attribute, entity-decoded.</param>
/// <param name="Text">The visible anchor text.</param>
public sealed record HtmlLink(string Href, string Text);

/// <summary>Turns HTML into plain text and links without a DOM: fast, bounded and tolerant of broken markup.</summary>
public static class HtmlText
{
    /// <summary>True when the text looks like HTML rather than plain text.</summary>
    public static bool LooksLikeHtml(string? text) =>
        text is not null && text.Contains('<') && (text.Contains("</", StringComparison.Ordinal) || text.Contains("<br", StringComparison.OrdinalIgnoreCase) ||
                                                  text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<a ", StringComparison.OrdinalIgnoreCase));

    /// <summary>Extracts the visible text, the links, and whether active content (script, iframe, form, event handlers) is present.</summary>
    public static (string Text, IReadOnlyList<HtmlLink> Links, bool ActiveContent) Extract(string html, int maxChars = 262_144)
    {
        if (html.Length > maxChars)
        {
            html = html[..maxChars];
        }
        // Markup outweighs the visible text several times over; the builder grows by chunks if it must, without copying.
        var text = new StringBuilder(Math.Min(html.Length / 4 + 16, 16_384));
        var links = new List<HtmlLink>();
        var active = false;
        string? openHref = null;
        var anchorStart = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendDecoded(text, html.AsSpan(i));
                break;
            }
            AppendDecoded(text, html.AsSpan(i, lt - i));
            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                break;
            }
            var tag = html.AsSpan(lt + 1, gt - lt - 1);
            var name = TagName(tag);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                active |= name.Equals("script", StringComparison.OrdinalIgnoreCase);
                var close = html.IndexOf("</" + name.ToString(), gt, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : html.IndexOf('>', close) is var e && e >= 0 ? e + 1 : html.Length;
                continue;
            }
            if (name.Equals("iframe", StringComparison.OrdinalIgnoreCase) || name.Equals("form", StringComparison.OrdinalIgnoreCase) ||
                name.Equals("object", StringComparison.OrdinalIgnoreCase) || name.Equals("embed", StringComparison.OrdinalIgnoreCase) ||
                tag.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || HasEventHandler(tag))
            {
                active = true;
            }
            if (name.Equals("a", StringComparison.OrdinalIgnoreCase))
            {
                openHref = Attribute(tag, "href");
                anchorStart = text.Length;
            }
            else if (name.Equals("/a", StringComparison.OrdinalIgnoreCase) && openHref is not null)
            {
                links.Add(new HtmlLink(openHref, text.ToString(anchorStart, text.Length - anchorStart).Trim()));
                openHref = null;
            }
            else if (IsBlock(name))
            {
                text.Append('\n');
            }
            else
            {
                text.Append(' ');
            }
            i = gt + 1;
        }
        if (openHref is not null)
        {
            links.Add(new HtmlLink(openHref, text.ToString(anchorStart, text.Length - anchorStart).Trim()));
        }
        return (text.ToString(), links, active);
    }

    private static bool HasEventHandler(ReadOnlySpan<char> tag)
    {
        var at = tag.IndexOf(" on", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var rest = tag[(at + 3)..];
            var k = 0;
            while (k < rest.Length && char.IsAsciiLetter(rest[k]))
            {
                k++;
            }
            if (k > 2 && k < rest.Length && (rest[k] == '=' || rest[k] == ' '))
            {
                return true;
            }
            var next = rest.IndexOf(" on", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 3 + next;
        }
        return false;
    }

    private static void AppendDecoded(StringBuilder sb, ReadOnlySpan<char> span)
    {
        if (span.IsEmpty)
        {
            return;
        }
        if (span.IndexOf('&') < 0)
        {
            sb.Append(span);
            return;
        }
        sb.Append(WebUtility.HtmlDecode(span.ToString()));
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart();
        var end = 0;
        while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] != '>' && (end == 0 || tag[end] != '/'))
        {
            end++;
        }
        return tag[..end];
    }

    private static bool IsBlock(ReadOnlySpan<char> name)
    {
        var n = name.TrimStart('/');
        return n.Equals("br", StringComparison.OrdinalIgnoreCase) || n.Equals("p", StringComparison.OrdinalIgnoreCase) ||
               n.Equals("div", StringComparison.OrdinalIgnoreCase) || n.Equals("tr", StringComparison.OrdinalIgnoreCase) ||
               n.Equals("li", StringComparison.OrdinalIgnoreCase) || n.Equals("br/", StringComparison.OrdinalIgnoreCase) ||
               (n.Length == 2 && (n[0] == 'h' || n[0] == 'H') && char.IsAsciiDigit(n[1]));
    }

    internal static string? Attribute(ReadOnlySpan<char> tag, string attribute)
    {
        var at = 0;
        while (true)
        {
            var idx = tag[at..].IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
            if (idx < 0)
            {
                return null;
            }
            idx += at;
            var before = idx == 0 ? ' ' : tag[idx - 1];
            var k = idx + attribute.Length;
            while (k < tag.Length && char.IsWhiteSpace(tag[k]))
            {
                k++;
            }
            if (!char.IsWhiteSpace(before) || k >= tag.Length || tag[k] != '=')
            {
                at = idx + attribute.Length;
                continue;
            }
            k++;
            while (k < tag.Length && char.IsWhiteSpace(tag[k]))
            {
                k++;
            }
            if (k >= tag.Length)
            {
                return null;
            }
            var quote = tag[k];
            ReadOnlySpan<char> value;
            if (quote is '"' or '\'')
            {
                var close = tag[(k + 1)..].IndexOf(quote);
                value = close < 0 ? tag[(k + 1)..] : tag.Slice(k + 1, close);
            }
            else
            {
                var end = k;
                while (end < tag.Length && !char.IsWhiteSpace(tag[end]))
                {
                    end++;
                }
                value = tag[k..end];
            }
            return WebUtility.HtmlDecode(value.ToString()).Trim();
        }
    }
}
