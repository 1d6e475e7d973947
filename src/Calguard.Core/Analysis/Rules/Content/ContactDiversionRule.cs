using System.Buffers;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// The text asks the reader to continue somewhere else: a free mail address that is not the organizer's
/// ("write me on kate…@gmail.com", "contact our claims agent at …@yahoo.com"), or a messenger. Romance,
/// lottery and 419 scams need the conversation off the invitation.
/// </summary>
public sealed class ContactDiversionRule : Rule
{
    /// <summary>Another mailbox to write to.</summary>
    public static readonly Signal OtherMailbox = new("CONTACT_DIVERSION", Groups.Content, 3.0,
        "The text asks the reader to write to a free mail address that is neither the organizer nor the sender.");

    /// <summary>A messenger to use.</summary>
    public static readonly Signal Messenger = new("CONTACT_MESSENGER", Groups.Content, 1.5,
        "The text asks the reader to continue on WhatsApp, Telegram, WeChat or by text message.");

    /// <summary>A messenger account to contact directly.</summary>
    public static readonly Signal MessengerDirect = new("CONTACT_MESSENGER_DIRECT", Groups.Content, 2.0,
        "A sender who is not one authenticated organisation gives a messenger account to contact: a wa.me or t.me link, a number or handle right after the app's name, or the app named and an @account elsewhere in the text.");

    // The apps that take a stranger's number or link, by name, in the scripts of the languages the lexicon covers.
    private static readonly string[] Apps =
    [
        "whatsapp", "telegram", "wechat", "微信", "viber", "signal", "line id", "kakaotalk", "zalo", "snapchat", "واتساب", "واتس اب", "تيليجرام", "تلغرام", "व्हाट्सऐप", "วอทส์แอพ",
        "ватсап", "вотсап", "телеграм", "вайбер", "вацап", "카카오톡", "카톡", "텔레그램", "왓츠앱", "ไลน์", "เทเลแกรม", "วอทส์แอป", "テレグラム",
        "ワッツアップ", "电报", "टेलीग्राम", "व्हाट्सएप", "טלגרם", "וואטסאפ", "τέλεγκραμ",
        // The names as the Slavic and Finnish cases inflect them ("napisz na Telegramie", "пишите в вотсапе").
        "telegramie", "telegramu", "whatsappie", "whatsappa", "whatsappu", "viberze", "telegramissa", "whatsappissa",
        "телеграме", "телеграмі", "телеграмму", "ватсапе", "вотсапе", "вацапе", "вайбере",
    ];

    /// <summary>True when <paramref name="term"/> (normalised) names a messenger app.</summary>
    internal static bool IsMessengerApp(string term) => Array.IndexOf(Apps, term) >= 0;

    // Any mention of moving the talk elsewhere; "signal" alone is an English word, and "text me" is how friends and
    // clinics talk too, so only a mention, not an account.
    private static readonly string[] Messengers = [.. Apps.Where(a => a != "signal"), "text me", "sms me", "signal me", "icq"];

    // Most invitations name no app: one pass each says so before the per-app searches.
    private static readonly WordSearch MessengerSearch = new(Messengers);
    private static readonly WordSearch AppSearch = new(Apps);

    private static readonly string[] MessengerHosts = ["wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "line.me", "signal.me", "qr.kakao.com", "open.kakao.com", "zalo.me", "u.wechat.com", "invite.viber.com"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [OtherMailbox, Messenger, MessengerDirect];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var invitation = context.Invitation;
        // LOCATION too: "Where: Telegram @career_desk" is the meeting place of a chat.
        // As far as the other content rules read (MaxTextChars of the calendar, as much of the body), not through padding:
        // DESCRIPTION and LOCATION of the events joined by newlines and cut, a newline, then the body cut, in a pooled
        // buffer rather than joined strings, and lower-cased into the same buffer's second half.
        var max = context.Options.MaxTextChars;
        var body = invitation.Bodies.Text.AsSpan(0, Math.Min(max, invitation.Bodies.Text.Length));
        var calendarLength = -1;
        var events = 0;
        foreach (var (_, ev) in invitation.Events)
        {
            if (events++ == 20)
            {
                break;
            }
            calendarLength += (ev.Description?.Length + 1 ?? 0) + (ev.Location?.Length + 1 ?? 0);
        }
        var calendar = Math.Min(Math.Max(0, calendarLength), max);
        var length = calendar + 1 + body.Length;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, length * 2));
        try
        {
            var text = buffer.AsSpan(0, length);
            var written = 0;
            var first = true;
            events = 0;
            foreach (var (_, ev) in invitation.Events)
            {
                if (events++ == 20)
                {
                    break;
                }
                foreach (var piece in (ReadOnlySpan<string?>)[ev.Description, ev.Location])
                {
                    if (piece is null)
                    {
                        continue;
                    }
                    if (!first)
                    {
                        Put(text, ref written, calendar, "\n");
                    }
                    first = false;
                    Put(text, ref written, calendar, piece);
                }
            }
            text[calendar] = '\n';
            body.CopyTo(text[(calendar + 1)..]);

            HashSet<string>? known = null;
            foreach (var address in Addresses(text))
            {
                known ??= KnownAddresses(invitation);
                if (!known.Contains(address) && KnownDomains.IsFreemail(Reading.CalendarAddress.DomainOf(address)))
                {
                    hits.Add(OtherMailbox, $"asks to write to {address}");
                    break;
                }
            }
            // Lower-cased once (the text can be the whole body) and searched ordinally: the names are lower case, and a
            // case-insensitive search for a name outside ASCII is not vectorised.
            var lower = buffer.AsSpan(length, InvariantCase.ToLower(text, buffer.AsSpan(length)));
            var messenger = FindMessenger(lower) ?? (LineApp(lower) >= 0 ? "line" : null);
            var coherent = messenger is not null && CallbackRule.IdentityIsCoherent(context);
            if (messenger is not null)
            {
                hits.Add(Messenger, $"mentions {messenger}", coherent ? 0.3 : 1.0);
            }
            // Romance, job, crypto and prize scams all need the victim in a private chat; a stranger's invitation that hands
            // over the account itself is that step. A hotel's "WhatsApp the front desk" comes from the hotel, authenticated.
            if (!coherent && DirectContact(context.Content.Links, lower) is { } direct)
            {
                hits.Add(MessengerDirect, direct);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // Copies as much of `piece` as fits before `limit`.
    private static void Put(Span<char> text, ref int written, int limit, ReadOnlySpan<char> piece)
    {
        var n = Math.Min(piece.Length, limit - written);
        if (n > 0)
        {
            piece[..n].CopyTo(text[written..]);
            written += n;
        }
    }

    // The sender's, the organizers' and the attendees' own addresses: writing to them is no diversion.
    private static HashSet<string> KnownAddresses(Invitation invitation)
    {
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Know(string? a)
        {
            if (a is not null)
            {
                known.Add(a);
            }
        }
        Know(invitation.Message.From?.Address);
        Know(invitation.Message.Sender?.Address);
        foreach (var r in invitation.Message.ReplyTo)
        {
            Know(r.Address);
        }
        foreach (var (_, ev) in invitation.Events)
        {
            Know(ev.Organizer?.Address);
            Know(ev.Organizer?.SentBy);
            foreach (var a in ev.Attendees)
            {
                Know(a.Address);
            }
        }
        return known;
    }

    private static string? DirectContact(IReadOnlyList<Link> links, ReadOnlySpan<char> lower)
    {
        foreach (var link in links)
        {
            if (IsMessengerHost(link.Host))
            {
                return $"links to {link.Host}";
            }
        }
        if (AppSearch.IndexOfAny(lower) < 0 && LineApp(lower) < 0)
        {
            return null;
        }
        string? named = null;
        foreach (var app in Apps.Append("line"))
        {
            var at = app == "line" ? LineApp(lower) : IndexOfApp(lower, app);
            if (at < 0)
            {
                continue;
            }
            named ??= app;
            var after = lower.Slice(at + app.Length, Math.Min(40, lower.Length - at - app.Length));
            if (NumberFollows(after))
            {
                return $"a number right after \"{app}\"";
            }
            if (HandleFollows(after))
            {
                return $"an account name right after \"{app}\"";
            }
        }
        // "The interview is on Telegram. Add @anna_9one": the app named, the account a sentence later.
        return named is not null && StandaloneHandle(lower) is { } handle ? $"\"{named}\" and the account {handle}" : null;
    }

    // The host or a subdomain of it, without a closure and a "." + host string per link and host.
    private static bool IsMessengerHost(string host)
    {
        foreach (var h in MessengerHosts)
        {
            if (host.EndsWith(h, StringComparison.Ordinal) && (host.Length == h.Length || host[host.Length - h.Length - 1] == '.'))
            {
                return true;
            }
        }
        return false;
    }

    // LINE, the messenger of Japan, Taiwan and Thailand, is also an English word: count it only as a word of its own
    // followed by text in those scripts or a colon ("LINEでご連絡ください", "LINE：@abc").
    private static int LineApp(ReadOnlySpan<char> lower)
    {
        var from = 0;
        while (from < lower.Length)
        {
            var at = lower[from..].IndexOf("line", StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            var end = at + 4;
            if ((at == 0 || !char.IsAsciiLetter(lower[at - 1])) && end < lower.Length && (TextNormaliser.IsUnspacedScript(lower[end]) || lower[end] == '：'))
            {
                return at;
            }
            from = end;
        }
        return -1;
    }

    // An "@name" on its own (not inside an e-mail address): how messenger and social accounts are written.
    private static string? StandaloneHandle(ReadOnlySpan<char> lower)
    {
        var from = 0;
        while (from < lower.Length)
        {
            var at = lower[from..].IndexOf('@');
            if (at < 0)
            {
                return null;
            }
            at += from;
            var end = at + 1;
            while (end < lower.Length && (char.IsAsciiLetterOrDigit(lower[end]) || lower[end] is '_' or '.'))
            {
                end++;
            }
            var name = lower[(at + 1)..end].TrimEnd('.');
            var standalone = at == 0 || !(char.IsLetterOrDigit(lower[at - 1]) || lower[at - 1] is '.' or '_' or '-' or '+');
            if (standalone && name.Length >= 4 && name.IndexOfAnyInRange('a', 'z') >= 0 && !name.Contains('.'))
            {
                return "@" + name.ToString();
            }
            from = end;
        }
        return null;
    }

    // "Telegram: @svetlana_herz88", "Snapchat: sophie.vdam94": after a colon, a handle with a digit or an @.
    private static bool HandleFollows(ReadOnlySpan<char> window)
    {
        var colon = window.IndexOfAny(':', '：');
        if (colon < 0 || colon > 12)
        {
            return false;
        }
        var rest = window[(colon + 1)..].TrimStart();
        var end = 0;
        while (end < rest.Length && (char.IsLetterOrDigit(rest[end]) || rest[end] is '@' or '_' or '.' or '-'))
        {
            end++;
        }
        var handle = rest[..end].TrimEnd('.');
        return handle.Length >= 4 && !handle.Contains("://", StringComparison.Ordinal) &&
               (handle[0] == '@' || (handle.IndexOfAny("0123456789") >= 0 && handle.IndexOfAnyExceptInRange('0', '9') >= 0 && handle.IndexOfAny('_', '.') >= 0));
    }

    // Eight or more digits, with the separators phone numbers are written with, within the window.
    private static bool NumberFollows(ReadOnlySpan<char> window)
    {
        var digits = 0;
        foreach (var c in window)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits >= 8)
                {
                    return true;
                }
            }
            else if (digits > 0 && c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                digits = 0;
            }
        }
        return false;
    }

    private static string? FindMessenger(ReadOnlySpan<char> lower)
    {
        if (MessengerSearch.IndexOfAny(lower) < 0)
        {
            return null;
        }
        foreach (var m in Messengers)
        {
            if (IndexOfApp(lower, m) >= 0)
            {
                return m;
            }
        }
        return null;
    }

    // Thai writes "online" ออนไลน์, which ends in the app's name ไลน์.
    private static int IndexOfApp(ReadOnlySpan<char> lower, string app)
    {
        var from = 0;
        while (from < lower.Length)
        {
            var at = lower[from..].IndexOf(app, StringComparison.Ordinal);
            if (at < 0)
            {
                return -1;
            }
            at += from;
            if ((app != "ไลน์" || !lower[..at].EndsWith("ออน", StringComparison.Ordinal)) && WholeWord(lower, at, app))
            {
                return at;
            }
            from = at + app.Length;
        }
        return -1;
    }

    // A Latin name must stand apart from other Latin letters: "icq" and "zalo" sit inside booking codes and link
    // tokens. Chinese and Japanese run the name into their own text ("加whatsapp"), so only Latin neighbours count.
    private static bool WholeWord(ReadOnlySpan<char> lower, int at, string app) =>
        !char.IsAscii(app[0]) ||
        ((at == 0 || !(IsLatinLetter(lower[at - 1]) || char.IsAsciiDigit(lower[at - 1]))) && (at + app.Length >= lower.Length || !IsLatinLetter(lower[at + app.Length])));

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    private static List<string> Addresses(ReadOnlySpan<char> text)
    {
        var found = new List<string>();
        var at = text.IndexOf('@');
        while (at > 0 && found.Count < 50)
        {
            var start = at;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-' or '+'))
            {
                start--;
            }
            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-'))
            {
                end++;
            }
            if (start < at && end > at + 3)
            {
                var candidate = Reading.CalendarAddress.Normalise(text[start..end].TrimEnd('.').ToString());
                if (candidate is not null && candidate.Contains('.'))
                {
                    found.Add(candidate);
                }
            }
            var next = text[end..].IndexOf('@');
            at = next < 0 ? -1 : end + next;
        }
        return found;
    }
}
