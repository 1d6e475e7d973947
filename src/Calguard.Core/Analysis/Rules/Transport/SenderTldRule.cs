using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A sender domain registered under one of the cheap top-level domains that throw-away spam domains favour (.top,
/// .xyz, .click …, the same list the link rules use). A campaign burns its domains faster than reputation can
/// catch up, so it registers them where registration costs least; DKIM on such a domain proves only that.
/// </summary>
public sealed class SenderTldRule : Rule
{
    /// <summary>The From or organizer domain is under a cheap, abused TLD.</summary>
    public static readonly Signal SuspiciousTld = new("SENDER_SUSPICIOUS_TLD", Groups.Transport, 1.5,
        "The From or organizer domain is registered under a cheap top-level domain that throw-away spam domains favour.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [SuspiciousTld];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (context.Sender.From?.Domain is { Length: > 0 } from && KnownDomains.HasSuspiciousTld(from))
        {
            hits.Add(SuspiciousTld, $"From domain {from}");
            return;
        }
        foreach (var (_, ev) in context.Events)
        {
            if (ev.Organizer?.Domain is { Length: > 0 } organizer && KnownDomains.HasSuspiciousTld(organizer))
            {
                hits.Add(SuspiciousTld, $"organizer domain {organizer}");
                return;
            }
        }
    }
}
