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

    private static readonly string[] Messengers = ["whatsapp", "telegram", "wechat", "微信", "viber", "text me", "sms me", "signal me", "line id", "kakaotalk", "icq"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [OtherMailbox, Messenger];

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
        if (messenger is not null)
        {
            hits.Add(Messenger, $"mentions {messenger}", CallbackRule.IdentityIsCoherent(context) ? 0.3 : 1.0);
        }
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
