using Calguard.Analysis.Rules.Content;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// Credit for an invitation whose organizer sent it and whose domain is authenticated (R46), given only when
/// nothing in the content argues against it: authentication says who sent it, not that it is harmless.
/// </summary>
public sealed class TrustedSenderRule : Rule
{
    /// <summary>The organizer is authenticated and sent it.</summary>
    public static readonly Signal Aligned = new("ORGANIZER_AUTHENTICATED", Groups.Transport, -1.5,
        "The ORGANIZER sent the mail itself, its own (not free-mail) domain is authenticated, and the content raises nothing.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [Aligned];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var from = context.Sender.From;
        if (from is null || !context.Auth.Authenticates(from.Domain) || KnownDomains.IsFreemail(from.Domain) ||
            context.Sender.Platform == SendingPlatform.GoogleCalendar)
        {
            return;
        }
        // An authenticated look-alike of the recipient's own organisation, or a domain registered for one campaign,
        // proves only who registered it.
        if (hits.Has(CousinDomainRule.Cousin.Name) || ThrowawayDomainRule.Fired(hits))
        {
            return;
        }
        var organizers = context.Events.Select(e => e.Event.Organizer?.Address).OfType<string>().Distinct().ToList();
        if (!organizers.Contains(from.Address))
        {
            return;
        }
        // A link to a site that is neither the sender's nor a known service is what a hijacked mailbox sends.
        var content = hits.Hits.Where(h => h.Group is Groups.Content or Groups.Composite && h.Score > 0).Sum(h => h.Score);
        if (content >= 1.5 || hits.Has(LinkRule.Unrelated.Name))
        {
            return;
        }
        hits.Add(Aligned, $"organizer {from.Address} sent it and {from.Domain} is authenticated");
    }
}
