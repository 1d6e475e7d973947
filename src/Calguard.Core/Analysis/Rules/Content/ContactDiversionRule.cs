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
        "A sender who is not one authenticated organisation gives a messenger account to contact: a wa.me or t.me link, or a number right after the app's name.");

    private static readonly string[] Messengers =
    [
        "whatsapp", "telegram", "wechat", "微信", "viber", "text me", "sms me", "signal me", "line id", "kakaotalk", "icq", "snapchat", "zalo",
        "واتساب", "واتس اب", "تيليجرام", "تلغرام", "ватсап", "вотсап", "телеграм", "вайбер", "вацап",
    ];

    // The apps that take a stranger's number or link; "text me" is how friends and clinics talk too.
    private static readonly string[] Apps =
    [
        "whatsapp", "telegram", "wechat", "微信", "viber", "signal", "line id", "kakaotalk", "zalo", "snapchat", "واتساب", "واتس اب", "تيليجرام", "تلغرام",
        "ватсап", "вотсап", "телеграм", "вайбер", "вацап",
    ];

    // string.IndexOf with OrdinalIgnoreCase compares a needle that is not ASCII char by char at every position of the text
    // (about 8 µs per needle on 2 KB, 130 µs for the nine Cyrillic, Arabic and Chinese names on a Google invitation). A
    // match starts at a char equal to the needle's first under OrdinalIgnoreCase; these are those chars (a test asks that
    // comparison itself about every char), so a text without any of them is skipped with one vectorised IndexOfAny (of
    // at most four chars: no SearchValues, whose creation cost more at start-up than it saves here).
    private static readonly string?[] AppStarts = Array.ConvertAll(Apps, StartsOf);

    private static readonly string[] MessengerHosts = ["wa.me", "api.whatsapp.com", "chat.whatsapp.com", "t.me", "telegram.me", "line.me", "signal.me", "qr.kakao.com", "open.kakao.com", "zalo.me", "u.wechat.com", "invite.viber.com"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [OtherMailbox, Messenger, MessengerDirect];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var invitation = context.Invitation;
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
        var text = string.Join("\n", invitation.Events.Take(20).Select(e => e.Event.Description).Append(invitation.Bodies.Text).OfType<string>());
        foreach (var address in Addresses(text))
        {
            if (!known.Contains(address) && KnownDomains.IsFreemail(Reading.CalendarAddress.DomainOf(address)))
            {
                hits.Add(OtherMailbox, $"asks to write to {address}");
                break;
            }
        }
        var messenger = FindMessenger(text);
        var coherent = messenger is not null && CallbackRule.IdentityIsCoherent(context);
        if (messenger is not null)
        {
            hits.Add(Messenger, $"mentions {messenger}", coherent ? 0.3 : 1.0);
        }
        // Romance, job, crypto and prize scams all need the victim in a private chat; a stranger's invitation that hands
        // over the account itself is that step. A hotel's "WhatsApp the front desk" comes from the hotel, authenticated.
        if (!coherent && DirectContact(context.Content.Links, text) is { } direct)
        {
            hits.Add(MessengerDirect, direct);
        }
    }

    private static string? DirectContact(IReadOnlyList<Link> links, string text)
    {
        foreach (var link in links)
        {
            if (MessengerHosts.Any(h => link.Host.Equals(h, StringComparison.Ordinal) || link.Host.EndsWith("." + h, StringComparison.Ordinal)))
            {
                return $"links to {link.Host}";
            }
        }
        for (var i = 0; i < Apps.Length; i++)
        {
            var app = Apps[i];
            int at;
            if (AppStarts[i] is { } starts)
            {
                var from = text.AsSpan().IndexOfAny(starts);
                at = from < 0 ? -1 : text.IndexOf(app, from, StringComparison.OrdinalIgnoreCase);
            }
            else
            {
                at = text.IndexOf(app, StringComparison.OrdinalIgnoreCase);
            }
            if (at < 0)
            {
                continue;
            }
            var after = text.AsSpan(at + app.Length, Math.Min(40, text.Length - at - app.Length));
            if (NumberFollows(after))
            {
                return $"a number right after \"{app}\"";
            }
            if (HandleFollows(after))
            {
                return $"an account name right after \"{app}\"";
            }
        }
        return null;
    }

    /// <summary>The non-ASCII messenger names looked for after a colon or a number.</summary>
    internal static IEnumerable<string> NonAsciiApps => Apps.Where(a => !char.IsAscii(a[0]));

    /// <summary>
    /// The chars equal to <paramref name="needle"/>'s first under OrdinalIgnoreCase, for a needle that starts with a
    /// letter outside ASCII (whose search is not vectorised); null for one that starts with an ASCII letter, or that is not
    /// listed here (searched the slow way).
    /// </summary>
    internal static string? StartsOf(string needle) => char.IsAscii(needle[0]) ? null : needle[0] switch
    {
        '微' => "微",
        'و' => "و",
        'ت' => "ت",
        'в' => "Вв\u1C80", // and CYRILLIC SMALL LETTER ROUNDED VE
        'т' => "Тт\u1C84\u1C85", // and CYRILLIC SMALL LETTER TALL TE, THREE-LEGGED TE
        // A name added without its start chars is searched the slow way (the test flags it) rather than failing the rule.
        _ => null,
    };

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

    // Lower-cased into a pooled buffer: the text can be the whole body, and only a yes or no is wanted from it.
    private static string? FindMessenger(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var lower = buffer.AsSpan(0, text.AsSpan().ToLowerInvariant(buffer));
        string? found = null;
        foreach (var m in Messengers)
        {
            if (lower.Contains(m, StringComparison.Ordinal))
            {
                found = m;
                break;
            }
        }
        ArrayPool<char>.Shared.Return(buffer);
        return found;
    }

    internal static IEnumerable<string> Addresses(string text)
    {
        var at = text.IndexOf('@');
        var count = 0;
        while (at > 0 && count < 50)
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
                var candidate = Reading.CalendarAddress.Normalise(text[start..end].TrimEnd('.'));
                if (candidate is not null && candidate.Contains('.'))
                {
                    count++;
                    yield return candidate;
                }
            }
            at = text.IndexOf('@', end);
        }
    }
}
