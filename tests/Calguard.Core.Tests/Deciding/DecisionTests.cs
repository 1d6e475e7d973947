using System.Text;
using Calguard.Analysis;
using Calguard.Decisions;
using Calguard.Reading;
using Calguard.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace Calguard.Core.Tests.Deciding;

public class DecisionTests
{
    private const string Contact = "jane@partner.example";
    private const string Recipient = "alice@rcpt.example";

    private static string Invite(string from, string auth, string method = "REQUEST", string summary = "Project sync", string extra = "") => $"""
        Received: from out by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000
        Authentication-Results: mx.example.net; {auth}
        From: <{from}>
        To: {Recipient}
        Subject: {summary}
        Content-Type: text/calendar; method={method}

        BEGIN:VCALENDAR
        METHOD:{method}
        BEGIN:VEVENT
        UID:d-{Guid.NewGuid()}
        DTSTART:20240614T100000Z
        SUMMARY:{summary}
        ORGANIZER:mailto:{from}
        ATTENDEE:mailto:{Recipient}
        {extra}END:VEVENT
        END:VCALENDAR

        """.ReplaceLineEndings("\r\n");

    private const string Alarm = "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:x\r\nEND:VALARM\r\n";

    private static (Pipeline Pipeline, InMemoryKnownSenders Known, InMemoryPolicyStore Store) Create(RecipientPolicy? global = null)
    {
        var known = new InMemoryKnownSenders();
        known.SetContacts(Recipient, [Contact]);
        var store = new InMemoryPolicyStore();
        var engine = new Engine(new CalguardOptions { Reading = new ReadOptions { TrustedAuthservIds = ["mx.example.net"] } });
        return (new Pipeline(engine, new PolicyResolver(global ?? RecipientPolicy.Default, store), new RelationshipResolver(known)), known, store);
    }

    private static Decision Decide(Pipeline pipeline, string message) =>
        pipeline.Process(Encoding.UTF8.GetBytes(message), new ScanContext { Recipients = [Recipient] }).Decisions.Single().Decision;

    [Fact]
    public void AnAuthenticatedContactIsAcceptedWithAutoAdd()
    {
        var d = Decide(Create().Pipeline, Invite(Contact, "dkim=pass header.d=partner.example; dmarc=pass header.from=partner.example"));
        Assert.Equal(DecisionAction.Accept, d.Action);
        Assert.True(d.AutoAdd);
        Assert.Contains("accepted: organizer jane@partner.example is in the recipient's contacts and authenticated", d.Reasons);
    }

    [Fact]
    public void AForgedFromOfAContactIsNotKnown()
    {
        var d = Decide(Create().Pipeline, Invite(Contact, "dkim=none; spf=fail smtp.mailfrom=partner.example; dmarc=fail header.from=partner.example"));
        Assert.NotEqual(DecisionAction.Accept, d.Action);
        Assert.False(d.AutoAdd);
        Assert.True(d.Reasons.Any(r => r.Contains("not authenticated")), string.Join(" / ", d.Reasons));
    }

    [Fact]
    public void AnUnknownOrganizerIsNotAutoAddedAndGetsNoDefaultAlarms()
    {
        var d = Decide(Create().Pipeline, Invite("bob@stranger.example", "dkim=pass header.d=stranger.example; dmarc=pass header.from=stranger.example", extra: Alarm));
        Assert.Equal(DecisionAction.Sanitize, d.Action);
        Assert.False(d.AutoAdd);
        Assert.True(d.StripAlarms);
        Assert.True(d.SuppressDefaultAlarms);
        Assert.Contains("no alarms, not even the user's defaults: the invitation is not trusted", d.Reasons);
        Assert.Contains(d.Reasons, r => r.StartsWith("auto-add skipped: organizer bob@stranger.example is not in contacts", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryonePolicyAddsCleanInvitationsFromStrangers()
    {
        var d = Decide(Create(RecipientPolicy.Default with { AutoAdd = AutoAddPolicy.Everyone, Alarms = AlarmPolicy.Keep }).Pipeline,
            Invite("bob@stranger.example", "dkim=pass header.d=stranger.example; dmarc=pass header.from=stranger.example"));
        Assert.Equal(DecisionAction.Accept, d.Action);
        Assert.Contains("accepted: clean, and the recipient's policy adds invitations from everyone", d.Reasons);
    }

    [Fact]
    public void NobodyPolicyNeverAutoAdds()
    {
        var (pipeline, _, store) = Create();
        store.SetRecipient(Recipient, new PolicyOverride { AutoAdd = AutoAddPolicy.Nobody });
        var d = Decide(pipeline, Invite(Contact, "dkim=pass header.d=partner.example; dmarc=pass header.from=partner.example"));
        Assert.Equal(DecisionAction.DeliverNoAutoAdd, d.Action);
        Assert.Contains("auto-add skipped: the recipient's policy adds nothing automatically", d.Reasons);
    }

    [Fact]
    public void SameOrganisationCountsAsKnownWhenAuthenticated()
    {
        var d = Decide(Create().Pipeline, Invite("carol@rcpt.example", "dkim=pass header.d=rcpt.example; dmarc=pass header.from=rcpt.example"));
        Assert.Equal(DecisionAction.Accept, d.Action);
        Assert.Equal(RelationshipKind.SameOrganisation, d.Relationship.Kind);
    }

    [Fact]
    public void BlockedOrganizerIsQuarantinedEvenWhenClean()
    {
        var (pipeline, _, store) = Create();
        store.SetDomain("rcpt.example", new PolicyOverride { BlockOrganizers = ["partner.example"] });
        var d = Decide(pipeline, Invite(Contact, "dkim=pass header.d=partner.example; dmarc=pass header.from=partner.example"));
        Assert.Equal(DecisionAction.Quarantine, d.Action);
        Assert.Contains("quarantined: organizer jane@partner.example is on the block list", d.Reasons);
    }

    [Fact]
    public void AllowListedAuthenticatedOrganizerIsAccepted()
    {
        var (pipeline, _, store) = Create();
        store.SetRecipient(Recipient, new PolicyOverride { AllowOrganizers = ["bob@stranger.example"] });
        var d = Decide(pipeline, Invite("bob@stranger.example", "dkim=pass header.d=stranger.example; dmarc=pass header.from=stranger.example"));
        Assert.Equal(DecisionAction.Accept, d.Action);
        Assert.Contains("accepted: organizer bob@stranger.example is on the allow list and authenticated", d.Reasons);
    }

    [Fact]
    public void SpamFromAnUnknownOrganizerIsQuarantinedAndRejectOnlyWithAThreshold()
    {
        var spam = Invite("promo@spam.example", "dkim=none; spf=fail smtp.mailfrom=spam.example; dmarc=fail header.from=spam.example",
            summary: "You have won a gift card, claim it now",
            extra: "DESCRIPTION:Congratulations! Claim your prize at https://bit.ly/x1 and http://198.51.100.7/claim within 24 hours\r\n");
        var (pipeline, _, store) = Create();
        var d = Decide(pipeline, spam);
        Assert.Equal(DecisionAction.Quarantine, d.Action);
        Assert.Contains(d.Reasons, r => r.StartsWith("quarantined: verdict spam", StringComparison.Ordinal));
        store.SetRecipient(Recipient, new PolicyOverride { RejectThreshold = 8 });
        Assert.Equal(DecisionAction.Reject, Decide(pipeline, spam).Action);
    }

    [Fact]
    public void ReplyAndCancelNeverCreateEvents()
    {
        var d = Decide(Create().Pipeline, Invite("bob@stranger.example", "dkim=none; spf=none smtp.mailfrom=stranger.example", method: "CANCEL"));
        Assert.Equal(DecisionAction.DeliverNoAutoAdd, d.Action);
        Assert.Contains("not processed automatically: METHOD:CANCEL comes from an organizer that is not authenticated", d.Reasons);
    }

    [Fact]
    public void UnboundedSeriesFromStrangersAreCapped()
    {
        var d = Decide(Create().Pipeline, Invite("bob@stranger.example", "dkim=pass header.d=stranger.example; dmarc=pass header.from=stranger.example",
            extra: "RRULE:FREQ=DAILY\r\n"));
        Assert.Equal(1000, d.CapInstances);
        Assert.Contains("recurrence capped at 1000 instances", d.Reasons);
    }

    [Fact]
    public void MinimumAlarmIntervalStripsRepeatingAlarmsEvenFromTrustedSenders()
    {
        var (pipeline, _, store) = Create();
        store.SetRecipient(Recipient, new PolicyOverride { MinimumAlarmInterval = TimeSpan.FromMinutes(10), Alarms = AlarmPolicy.Keep });
        var d = Decide(pipeline, Invite(Contact, "dkim=pass header.d=partner.example; dmarc=pass header.from=partner.example",
            extra: "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nREPEAT:3\r\nDURATION:PT1M\r\nEND:VALARM\r\n"));
        Assert.True(d.StripAlarms);
        Assert.Equal(DecisionAction.Accept, d.Action);
    }

    /// <summary>Spam never reaches the calendar (R16), whatever the policy and relationship.</summary>
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property SpamIsNeverAccepted(bool everyone, bool allowListed, bool authenticated, int kind, int quarantine)
    {
        var invitation = MessageReader.Read(Encoding.UTF8.GetBytes(Invite("x@y.example", "dkim=pass header.d=y.example")));
        var verdict = new Verdict(VerdictKind.Spam, 12, []);
        var policy = RecipientPolicy.Default with
        {
            AutoAdd = everyone ? AutoAddPolicy.Everyone : AutoAddPolicy.KnownSenders,
            QuarantineThreshold = 8 + Math.Abs(quarantine % 20),
            AllowOrganizers = allowListed ? ["x@y.example"] : [],
        };
        var relationship = new Relationship((RelationshipKind)(Math.Abs(kind) % 6), "x@y.example", authenticated);
        var d = Decider.Decide(invitation, verdict, policy, relationship, ScoringOptions.Default);
        return (d.Action is DecisionAction.Quarantine or DecisionAction.Reject && !d.AutoAdd).ToProperty();
    }
}
