namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// A message that says it comes from inside the recipient's own organisation, which that organisation's DMARC
/// policy disowns, and that asks for money, bank details or a sign-in: an outsider writing as a colleague. Payroll
/// diversion and CEO fraud need exactly this when the attacker has neither the mailbox nor a cousin domain (R12, R46).
/// </summary>
public sealed class ForgedColleagueRule : Rule
{
    /// <summary>The From domain is the recipient's own, DMARC failed, nothing of the domain signed, and the text asks.</summary>
    public static readonly Signal ForgedColleague = new("SENDER_FORGED_COLLEAGUE", Groups.Composite, 3.0,
        "The From address is in the recipient's own organisation, DMARC failed, no signature of that domain came with it, and the text asks for a payment, bank details or a sign-in: an outsider writing as a colleague.");

    // What the forger wants. Internal systems that send without SPF or DKIM (a scanner, a ticket tool, an old relay)
    // fail DMARC the same way, but announce maintenance and meetings.
    private static readonly string[] Asks = ["LURE_BEC", "LURE_ACCOUNT_CHANGE", "LURE_ACCOUNT_CHANGE_CLAIM", "LURE_PAYMENT", "LURE_CREDENTIAL", "LURE_EXTORTION"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [ForgedColleague];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var auth = context.Auth;
        var from = context.Sender.FromDomain;
        // A list's copy of a colleague's mail fails DMARC by design, and Google Calendar sends for Workspace domains
        // that never set up DKIM; both are a colleague's real mail.
        if (!auth.HasTrustedResults || auth.Dmarc is not "fail" || from is null || context.Invitation.Message.IsList ||
            context.Sender.Platform == SendingPlatform.GoogleCalendar || Asks.FirstOrDefault(hits.Has) is not { } ask)
        {
            return;
        }
        var organisation = DomainNames.Organizational(from.ToLowerInvariant());
        // A forwarder or a footer breaks the domain's own signature; a forger has none to break.
        if (!context.RecipientOrganisations.Contains(organisation, StringComparer.Ordinal) ||
            auth.Dkim.Any(d => d.Domain is { } signer && DomainNames.Organizational(signer.ToLowerInvariant()) == organisation))
        {
            return;
        }
        hits.Add(ForgedColleague, $"From {from} is the recipient's own organisation, dmarc=fail, unsigned, with {ask}");
    }
}
