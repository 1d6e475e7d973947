using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Content;

/// <summary>
/// A mailbox sending for somebody else: the sender's display name is the organisation whose site the invitation links to
/// ("Club Vacanze Élite" linking clubvacanze-elite.it), but the mail comes from an unrelated organisation's own domain (a
/// school in Dubai, a plumber in Ohio). A hijacked or rented account lends its reputation and authentication to a
/// campaign that has none. An organisation that sends for itself sends from its own domain; a platform that sends for
/// others (a calendar, meeting or bulk-mail service) is left out, and so is a name that says "via".
/// </summary>
public sealed class ForeignNameRule : Rule
{
    // 2.0 until 2026-11-25: 120 hits over 31 labelled corpora and none on legitimate mail (docs/quality.md).
    /// <summary>The display name is the linked site's organisation, the address another's.</summary>
    public static readonly Signal ForeignName = new("SENDER_NAME_OTHER_SITE", Groups.Composite, 3.5,
        "The sender's name is the organisation whose site the invitation links to, but the mail comes from the mailbox of an unrelated organisation's domain: a hijacked or rented account sending for someone else.");

    // Words every organisation's name may carry, which say nothing about which site is its own.
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "service", "services", "support", "center", "centre", "group", "office", "admin", "notification", "notifications", "calendar",
        "booking", "bookings", "reservations", "events", "event", "online", "global", "international", "company", "mail", "team",
    };

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [ForeignName];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var from = context.Sender.From;
        if (from?.DisplayName is not { Length: > 0 } name || KnownDomains.IsFreemail(from.Domain) || KnownDomains.IsRelay(from.Domain) ||
            LinkRule.IsKnownService(from.Domain) || context.Sender.Platform != SendingPlatform.None ||
            LinkRule.UnrelatedHost(hits) is not { } host)
        {
            return;
        }
        var normalised = TextNormaliser.Normalise(name).Text;
        if (normalised.Contains(" via ", StringComparison.Ordinal) || normalised.Contains("(via", StringComparison.Ordinal))
        {
            return;
        }
        var site = Letters(DomainNames.Organizational(host).Split('.')[0]);
        if (site.Length < 5 || DomainNames.Related(host, from.Domain) || context.Content.Brands.Any(b => b.Owns(host)))
        {
            return;
        }
        // "British Airways" <…@email.ba.com>: a domain spelt with the name's initials is the organisation's own.
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Letters).Where(w => w.Length > 0).ToList();
        var initials = string.Concat(words.Select(w => w[0]));
        if (initials.Length >= 2 && Letters(DomainNames.Organizational(from.Domain).Split('.')[0]) == initials)
        {
            return;
        }
        // The name run together without its common words ("Club Vacanze Élite" is clubvacanzeelite; "IT Service Desk" is itdesk).
        var whole = string.Concat(words.Where(w => !CommonWords.Contains(w)));
        var named = (whole.Length >= 6 && (whole.Contains(site, StringComparison.Ordinal) || site.Contains(whole, StringComparison.Ordinal))) ||
                    words.Any(w => w.Length >= 5 && !CommonWords.Contains(w) && site.Contains(w, StringComparison.Ordinal));
        if (named)
        {
            hits.Add(ForeignName, $"\"{name}\" names {host}, sent from {from.Domain}");
        }
    }

    private static string Letters(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());
}
