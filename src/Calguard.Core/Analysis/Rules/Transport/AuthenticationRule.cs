namespace Calguard.Analysis.Rules.Transport;

/// <summary>Reads the trusted Authentication-Results (RFC 8601 §5; R12, R46): failures, and the absence of any pass.</summary>
public sealed class AuthenticationRule : Rule
{
    /// <summary>DMARC failed for the From domain.</summary>
    public static readonly Signal DmarcFail = new("AUTH_DMARC_FAIL", Groups.Transport, 1.0,
        "The receiving host reports that DMARC failed: the From domain did not authorise this message.");

    /// <summary>SPF hard fail.</summary>
    public static readonly Signal SpfFail = new("AUTH_SPF_FAIL", Groups.Transport, 2.0,
        "The receiving host reports an SPF fail: the sending server is not allowed to send for the envelope domain.");

    /// <summary>SPF soft fail.</summary>
    public static readonly Signal SpfSoftFail = new("AUTH_SPF_SOFTFAIL", Groups.Transport, 0.5,
        "The receiving host reports an SPF softfail for the envelope domain.");

    /// <summary>A DKIM signature failed and none passed.</summary>
    public static readonly Signal DkimFail = new("AUTH_DKIM_FAIL", Groups.Transport, 0.8,
        "A DKIM signature failed to verify and no other signature passed: the message was altered or forged.");

    /// <summary>Nothing passed.</summary>
    public static readonly Signal NothingPassed = new("AUTH_NOTHING_PASSED", Groups.Transport, 1.3,
        "The receiving host authenticated nothing: no DKIM, SPF or DMARC pass.");

    /// <summary>A lower trusted header repeats a method: a sender-inserted copy.</summary>
    public static readonly Signal Shadowed = new("AUTH_RESULTS_FORGED", Groups.Transport, 2.5,
        "An Authentication-Results header naming the trusted host sits among the headers the message came with: the sender wrote it to look authenticated.");

    /// <inheritdoc />
    public override IReadOnlyList<Signal> Signals { get; } = [DmarcFail, SpfFail, SpfSoftFail, DkimFail, NothingPassed, Shadowed];

    /// <inheritdoc />
    public override void Evaluate(RuleContext context, HitList hits)
    {
        var auth = context.Auth;
        if (auth.ShadowedHeaders > 0)
        {
            hits.Add(Shadowed, $"{auth.ShadowedHeaders} Authentication-Results header(s) naming a trusted host below a hop from outside");
        }
        if (!auth.HasTrustedResults)
        {
            return;
        }
        var google = context.Sender.Platform == SendingPlatform.GoogleCalendar;
        if (auth.Dmarc is "fail")
        {
            // Google Calendar mail from a Workspace domain without its own DKIM key fails DMARC while Google vouches for the account.
            hits.Add(DmarcFail, $"dmarc=fail for {auth.DmarcDomain ?? "the From domain"}{(google ? " (sent through Google Calendar)" : string.Empty)}", google ? 0.4 : 1.0);
        }
        if (auth.Spf is "fail")
        {
            hits.Add(SpfFail, $"spf=fail for {auth.SpfDomain ?? "the envelope domain"}");
        }
        else if (auth.Spf is "softfail")
        {
            hits.Add(SpfSoftFail, $"spf=softfail for {auth.SpfDomain ?? "the envelope domain"}", google ? 0.5 : 1.0);
        }
        var dkimPass = auth.Dkim.Any(d => d.Result == "pass");
        if (!dkimPass && auth.Dkim.FirstOrDefault(d => d.Result is "fail" or "permerror") is { } failed && !ViaAuthenticatedList(context))
        {
            hits.Add(DkimFail, $"dkim={failed.Result} for {failed.Domain ?? "a signature"}");
        }
        if (!dkimPass && auth.Spf != "pass" && !auth.DmarcPass && (auth.Spf is not null || auth.Dkim.Count > 0 || auth.Dmarc is not null))
        {
            hits.Add(NothingPassed, $"dkim={string.Join(",", auth.Dkim.Select(d => d.Result).DefaultIfEmpty("none"))} spf={auth.Spf ?? "none"} dmarc={auth.Dmarc ?? "none"}");
        }
    }

    /// <summary>
    /// True for a mailing list's copy that the receiving host authenticated as coming from the list: List-Id or
    /// List-Unsubscribe, and an SPF or DKIM pass. The list rewrote the subject or added its footer, so the author's
    /// signature and the organizer's own authentication could not survive; that says nothing about the author.
    /// </summary>
    internal static bool ViaAuthenticatedList(RuleContext context) =>
        context.Invitation.Message.IsList && context.Auth.HasTrustedResults &&
        (context.Auth.Spf == "pass" || context.Auth.Dkim.Any(d => d.Result == "pass"));
}
