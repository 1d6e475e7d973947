using Calguard.Analysis.Rules.Content;
using Calguard.Analysis.Text;

namespace Calguard.Analysis.Rules.Transport;

/// <summary>
/// An outsider writing as a colleague and asking for something: from the recipient's own domain, which its DMARC
/// policy disowns, or from a cousin of it. Payroll diversion and CEO fraud need one or the other when the attacker
/// has no real mailbox inside (R12, R46).
/// </summary>
public sealed class ForgedColleagueRule : Rule
{
    /// <summary>The From domain is the recipient's own, DMARC failed (or there is none and SPF did not pass for it), nothing of the domain signed, and the text asks.</summary>
    public static readonly Signal ForgedColleague = new("SENDER_FORGED_COLLEAGUE", Groups.Composite, 3.0,
        "The From address is in the recipient's own organisation, DMARC failed (or the domain has no DMARC policy and SPF did not pass for it), no signature of that domain came with it, and the text asks for a payment or changes bank details: an outsider writing as a colleague.");

    /// <summary>A cousin of the recipient's domain, and the text asks.</summary>
    public static readonly Signal CousinAsks = new("COUSIN_DOMAIN_ASKS", Groups.Composite, 2.5,
        "The sender's domain imitates the recipient's own organisation and the text asks for a payment or changes bank details: the cousin domain at work. A sister company's own domain is a cousin too, and shares documents and invoices, but does not do that.");

    // 2.0 until 2026-11-25, now 4.0: 131 hits over 31 labelled corpora and none on legitimate mail; at 2.0 the full ask from a
    // stranger's own domain (LURE_BEC 4.5) stopped one point short of spam, and only the seed carried it over.
    /// <summary>The whole business e-mail compromise ask, from outside the recipient's organisation.</summary>
    public static readonly Signal AskFromOutside = new("BEC_ASK_FROM_OUTSIDE", Groups.Composite, 4.0,
        "The text carries the full business e-mail compromise ask (gift cards, a confidential transfer today, \"are you at your desk\", changed bank details) and the sender is not of the recipient's organisation: a boss asks inside the company, and a supplier that really changes banks does not say so in a meeting invitation.");

    // What the forger wants: money moved or paid. Not sign-ins, documents or invoices: internal systems that send
    // without SPF or DKIM (a scanner, a ticket tool, an old relay) announce password expiry and invoice runs, and a
    // sister company's cousin domain shares documents.
    private const string Bec = "LURE_BEC";

    private static readonly string[] Asks = [Bec, "LURE_ACCOUNT_CHANGE", "LURE_ACCOUNT_CHANGE_CLAIM", "LURE_EXTORTION"];

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [ForgedColleague, CousinAsks, AskFromOutside];

    private static bool SwitchedOrPretext(string text) => AccountChangeRule.SaysSwitchedBanks(text) || AccountChangeRule.GivesPretext(text);

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        if (Asks.FirstOrDefault(hits.Has) is not { } ask)
        {
            return;
        }
        if (hits.Has(CousinDomainRule.Cousin.Name))
        {
            hits.Add(CousinAsks, $"a cousin of the recipient's domain, with {ask}");
            return;
        }
        var auth = context.Auth;
        var from = context.Sender.FromDomain;
        // Two strong terms or more (the lure at its full score), not one word a finance reminder also uses; or a bank
        // account given as new, which no warning does (it says the account stays as it is); or an employee's "I changed
        // banks, pay my salary to the new account", which nobody outside the employer writes to it; or a supplier's
        // "the old account is under review, use the new one", the redirection's pretext that no warning gives.
        var fullAsk = (hits.Has(Bec) && context.Content.Lures.TryGetValue(LureVocabulary.Impersonation, out var full) && full.Weight >= 2.0) ||
                      hits.Has(AccountChangeRule.AccountChange.Name) ||
                      (hits.Has(AccountChangeRule.AccountChangeClaim.Name) &&
                       (SwitchedOrPretext(context.Content.Calendar.Text) || SwitchedOrPretext(context.Content.Body.Text)));
        if (from is not null && !context.Invitation.Message.IsList && context.RecipientOrganisations.Count > 0 && fullAsk &&
            !context.RecipientOrganisations.Contains(DomainNames.Organizational(from.ToLowerInvariant()), StringComparer.Ordinal))
        {
            hits.Add(AskFromOutside, $"the full ask ({ask}) from {from}, outside {context.RecipientOrganisations[0]}");
        }
        // A list's copy of a colleague's mail fails DMARC by design, and Google Calendar sends for Workspace domains
        // that never set up DKIM; both are a colleague's real mail.
        if (!auth.HasTrustedResults || from is null || context.Invitation.Message.IsList || context.Sender.Platform == SendingPlatform.GoogleCalendar)
        {
            return;
        }
        var organisation = DomainNames.Organizational(from.ToLowerInvariant());
        // A domain without a DMARC policy disowns nothing, so there the forgery shows as SPF not passing for it either.
        var disowned = auth.Dmarc is "fail" ||
                       (auth.Dmarc is null or "none" && !(auth.Spf is "pass" && DomainNames.Aligned(auth.SpfDomain, organisation)));
        if (!disowned)
        {
            return;
        }
        // A forwarder or a footer breaks the domain's own signature; a forger has none to break.
        if (!context.RecipientOrganisations.Contains(organisation, StringComparer.Ordinal) ||
            auth.Dkim.Any(d => d.Domain is { } signer && DomainNames.Organizational(signer.ToLowerInvariant()) == organisation))
        {
            return;
        }
        hits.Add(ForgedColleague, $"From {from} is the recipient's own organisation, dmarc={auth.Dmarc ?? "none"}, spf={auth.Spf ?? "none"}, unsigned, with {ask}");
    }
}
