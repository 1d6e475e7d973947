using System.Text;
using Calguard.Milter;
using Calguard.Reading;
using Calguard.Storage.Outbound;

namespace Calguard.Host.Outbound;

/// <summary>
/// The outbound check for authenticated submissions (<c>{auth_authen}</c> set) that carry an invitation: the milter builds
/// an <see cref="OutboundCheckRequest"/> from the message and asks <see cref="OutboundCheckService"/> on channel
/// <c>milter</c>, so mail and calendar services share one set of counters and one record (issue 8, item 3).
/// </summary>
/// <remarks>
/// The organizer account is the SMTP AUTH name, its address the envelope sender; the attendees are the envelope
/// recipients (who actually gets the mail), internal when their domain is one of the local domains. SMTP AUTH is a
/// password, so the session counts as without strong authentication, and the account's age is unknown. Replies,
/// cancellations and the other methods an attendee or organizer uses to answer are not invitations and pass unchecked.
/// </remarks>
public sealed class MilterOutboundCheck(OutboundCheckService outbound, IReadOnlyCollection<string> localDomains)
{
    private static readonly HashSet<string> NotInvitations = new(StringComparer.OrdinalIgnoreCase) { "REPLY", "CANCEL", "REFRESH", "COUNTER", "DECLINECOUNTER" };

    /// <summary>The SMTP reply code for a denied invitation.</summary>
    public static readonly (string Code, string Enhanced) DenyReply = ("550", "5.7.1");

    /// <summary>The SMTP reply code for a challenged or held invitation answered with a temporary failure.</summary>
    public static readonly (string Code, string Enhanced) TempfailReply = ("451", "4.7.1");

    /// <summary>
    /// Checks the submission; returns <see langword="null"/> when it may go on as usual (no invitation, or allowed), else the
    /// milter's answer: a reject for <c>deny</c>, and for <c>challenge</c> and <c>hold</c> what
    /// <c>Calguard:Outbound:Milter</c> says (tempfail, quarantine or accept).
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The store failed; the milter's failure action applies.</exception>
    public async ValueTask<MilterDecision?> CheckAsync(MilterMessage message, string user, string sender, IReadOnlyList<string> recipients,
        ReadOnlyMemory<byte> raw, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return null;
        }
        var invitation = MessageReader.Read(raw);
        var part = invitation.Parts.FirstOrDefault(p => p.Calendars.Any(c => c.Events.Count > 0 && (c.Method is null || !NotInvitations.Contains(c.Method))));
        if (part is null)
        {
            return null;
        }
        var options = outbound.Options;
        if (recipients.Count > options.MaxAttendees)
        {
            return MilterDecision.Reject(DenyReply.Code, DenyReply.Enhanced,
                $"Invitation not sent: {recipients.Count} recipients, at most {options.MaxAttendees} per message");
        }
        var address = CalendarAddress.Normalise(sender) ?? CalendarAddress.Normalise(user) ?? user.ToLowerInvariant();
        var request = new OutboundCheckRequest
        {
            Organizer = new OutboundOrganizer(user, address, CreatedAt: null, StrongAuth: false),
            Client = new OutboundClient(string.IsNullOrEmpty(message.Connection.Address) ? null : message.Connection.Address, null),
            Attendees = recipients.Select(r => CalendarAddress.Normalise(r) ?? r).Distinct(StringComparer.Ordinal)
                .Select(r => new OutboundAttendee(r, IsLocal(r))).ToArray(),
            Calendar = Encoding.UTF8.GetString(part.Content),
            Origin = InvitationOrigin.Create,
        };
        OutboundCheckResult result;
        try
        {
            result = await outbound.CheckAsync(request, "milter", cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidCalendarException)
        {
            return null;
        }
        var text = "Invitation not sent: " + SmtpText(result.Reasons.Count > 0 ? result.Reasons[0].Detail : "refused by the outbound check");
        return result.Decision switch
        {
            OutboundDecision.Deny => MilterDecision.Reject(DenyReply.Code, DenyReply.Enhanced, text),
            OutboundDecision.Hold => options.MilterHold == "tempfail"
                ? MilterDecision.Tempfail(TempfailReply.Code, TempfailReply.Enhanced, text)
                : MilterDecision.Accept().Quarantine("Calguard outbound hold: " + SmtpText(string.Join("; ", result.Reasons.Select(r => r.Name)))),
            OutboundDecision.Challenge => options.MilterChallenge switch
            {
                "tempfail" => MilterDecision.Tempfail(TempfailReply.Code, TempfailReply.Enhanced, text),
                "quarantine" => MilterDecision.Accept().Quarantine("Calguard outbound challenge: " + SmtpText(string.Join("; ", result.Reasons.Select(r => r.Name)))),
                _ => null,
            },
            _ => null,
        };
    }

    private bool IsLocal(string address)
    {
        var domain = CalendarAddress.DomainOf(address);
        return domain is not null && localDomains.Any(d => string.Equals(domain, d, StringComparison.OrdinalIgnoreCase)
                                                           || domain.EndsWith("." + d, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Printable ASCII on one line, at most 200 characters: what an SMTP reply text may carry.</summary>
    private static string SmtpText(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 200));
        foreach (var c in text)
        {
            if (builder.Length >= 200)
            {
                break;
            }
            builder.Append(c is >= ' ' and <= '~' ? c : ' ');
        }
        return builder.ToString();
    }
}
