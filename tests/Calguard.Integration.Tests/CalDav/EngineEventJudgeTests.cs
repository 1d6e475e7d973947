using System.Text;
using Calguard.CalDav;
using Calguard.CalDav.Cleaning;
using Calguard.Host.CalDav;
using Calguard.Host.Cli;
using Calguard.Integration.Tests.CalDav.Infrastructure;
using Calguard.Provenance;

namespace Calguard.Integration.Tests.CalDav;

/// <summary>The adapter from the engine to the cleaner: same verdict as <c>calguard scan</c>, hits as reasons, fingerprint.</summary>
public sealed class EngineEventJudgeTests
{
    /// <summary>Signals that need the mail around an invitation; a stored calendar object has none.</summary>
    private static readonly string[] MailOnly =
    [
        "AUTH_DMARC_FAIL", "AUTH_SPF_FAIL", "AUTH_SPF_SOFTFAIL", "AUTH_DKIM_FAIL", "AUTH_NOTHING_PASSED", "AUTH_RESULTS_FORGED",
        "ORGANIZER_NOT_AUTHENTICATED", "ORGANIZER_AUTHENTICATED", "SENDER_NOT_PARTICIPANT", "REPLYTO_FREEMAIL_DIVERT", "SUBJECT_RANDOM_TOKEN",
        "IMIP_MULTIPLE_CALENDARS", "IMIP_PARTS_DISAGREE", "IMIP_ICS_NOT_CALENDAR", "IMIP_ICS_TYPE_MISMATCH", "IMIP_CANCEL_UNSOLICITED",
        "IMIP_REPLY_UNSOLICITED", "IMIP_METHOD_MISMATCH", "IMIP_METHOD_MISSING", "IMIP_REQUEST_NO_ATTENDEES",
        "MIME_MALFORMED", "ICS_IN_HEADERS", "BODY_ACTIVE_CONTENT", "PAYLOAD_ONLY_IN_ICS", "RECIPIENT_NOT_ATTENDEE",
    ];

    private static readonly Pipeline Pipeline = CliContext.Create(new Arguments([], [], [])).Pipeline;

    [Fact]
    public async Task A_spam_object_gets_the_pipelines_verdict_its_hits_as_reasons_and_the_campaign_fingerprint()
    {
        var spam = CorpusMix.Spam()[0];
        var judge = new EngineEventJudge(Pipeline);
        var judgement = await judge.JudgeAsync(new CalendarObjectResource("/alice/calendar/x.ics", "\"1\"", spam.Data), CancellationToken.None);

        var scan = Pipeline.Process(Encoding.UTF8.GetBytes(spam.Data), new ScanContext { Source = "/alice/calendar/x.ics" }).Scan;
        Assert.Equal(EventVerdict.Spam, judgement.Verdict);
        Assert.Equal(scan.Verdict.Score, judgement.Score);
        Assert.Equal(scan.Verdict.Hits.Select(h => (h.Name, h.Score, h.Detail)), judgement.Reasons.Select(r => (r.Name, r.Score, r.Detail)));
        Assert.Equal(judgement.Score, Math.Round(judgement.Reasons.Sum(r => r.Score), 2), 2);
        Assert.Equal(CampaignFingerprint.Compute(scan.Invitation).Value, judgement.CampaignFingerprint);
        var first = scan.Invitation.Events.First().Event;
        Assert.Equal((first.Uid, first.Summary, first.Organizer?.Address), (judgement.Uid, judgement.Summary, judgement.Organizer));
        Assert.Equal(0, judge.Errors);
    }

    [Fact]
    public async Task Mail_only_signals_never_fire_on_stored_objects_and_broken_data_is_judged_not_thrown()
    {
        var judge = new EngineEventJudge(Pipeline);
        foreach (var o in CorpusMix.Spam().Concat(CorpusMix.Suspicious()).Concat(CorpusMix.Ham()))
        {
            var j = await judge.JudgeAsync(new CalendarObjectResource("/" + o.Name, null, o.Data), CancellationToken.None);
            Assert.DoesNotContain(j.Reasons, r => MailOnly.Contains(r.Name));
        }

        var broken = await judge.JudgeAsync(new CalendarObjectResource("/x.ics", null, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:\u0000\r\n"), CancellationToken.None);
        Assert.Equal(0, judge.Errors);
        Assert.NotNull(broken);
    }
}
