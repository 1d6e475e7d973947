using Calguard.Analysis;
using Calguard.Analysis.Text;

namespace Calguard.Learning;

/// <summary>
/// The features the statistical classifier learns from: words of the invitation (normalised, so obfuscation does
/// not hide them), link domains and top-level domains, and a few header and calendar facts.
/// </summary>
public static class TokenExtractor
{
    /// <summary>The distinct tokens of an analysed invitation (at most <paramref name="max"/>).</summary>
    public static IReadOnlyCollection<string> Extract(RuleContext context, int max = 3000)
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var content = context.Content;
        void Words(IEnumerable<string> words, string prefix)
        {
            foreach (var w in words)
            {
                if (tokens.Count >= max)
                {
                    return;
                }
                if (w.Length is < 3 or > 24 || w == "\u0001")
                {
                    continue;
                }
                // Numbers carry no meaning, their shape a little ("#####" for a reference, "##" for a day).
                tokens.Add(prefix + (w.Any(char.IsDigit) ? Shape(w) : w));
            }
        }
        Words(content.ProminentWords, "t:");
        Words(content.CalendarWords, string.Empty);
        Words(content.BodyWords, string.Empty);
        foreach (var link in content.Links.Take(100))
        {
            if (link.Host.Length > 0)
            {
                tokens.Add("link:" + link.Domain);
                var dot = link.AsciiHost.LastIndexOf('.');
                if (dot > 0)
                {
                    tokens.Add("tld:" + link.AsciiHost[(dot + 1)..]);
                }
            }
            else
            {
                tokens.Add("scheme:" + link.Scheme);
            }
        }
        var invitation = context.Invitation;
        foreach (var calendar in invitation.Calendars.Take(3))
        {
            tokens.Add("method:" + (calendar.Method ?? "none"));
            if (calendar.ProductId is { } prodid)
            {
                tokens.Add("prodid:" + new string(prodid.ToLowerInvariant().Where(char.IsLetter).Take(24).ToArray()));
            }
        }
        foreach (var (_, ev) in invitation.Events.Take(3))
        {
            tokens.Add("attendees:" + Bucket(ev.Attendees.Count + ev.DroppedAttendees));
            tokens.Add("alarms:" + Bucket(ev.Alarms.Count));
            tokens.Add("recurring:" + ev.IsRecurring);
            if (ev.Organizer?.Domain is { } d)
            {
                tokens.Add("org:" + (KnownDomains.IsFreemail(d) ? "freemail" : "own"));
            }
        }
        var auth = context.Auth;
        if (auth.HasTrustedResults)
        {
            tokens.Add("dmarc:" + (auth.Dmarc ?? "none"));
            tokens.Add("spf:" + (auth.Spf ?? "none"));
        }
        tokens.Add("mailer:" + (invitation.Message.Mailer is { } m ? new string(m.ToLowerInvariant().Where(char.IsLetter).Take(16).ToArray()) : "none"));
        tokens.Add("list:" + invitation.Message.IsList);
        return tokens;
    }

    private static string Shape(string word)
    {
        var chars = word.Select(c => char.IsDigit(c) ? '#' : c).ToArray();
        return new string(chars.Length > 8 ? chars[..8] : chars);
    }

    private static string Bucket(int n) => n switch { 0 => "0", 1 => "1", < 5 => "few", < 20 => "some", _ => "many" };
}
