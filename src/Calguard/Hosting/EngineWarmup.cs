using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Calguard.Reporting;

namespace Calguard.Host.Hosting;

/// <summary>
/// Runs the engine over a few built-in invitations before the listeners open. A cold process compiles the reader,
/// the rules and the report on the first messages it sees, which made the first scans 60–80 ms instead of 1–3 ms
/// (docs/performance.md, "Crafted worst cases"); warming up moves that cost to start-up, where no mail waits.
/// Nothing is stored, and no recipient's policy or external source is asked.
/// </summary>
public sealed class EngineWarmup(Pipeline pipeline, ILogger<EngineWarmup> logger) : IHostedService
{
    private const int Rounds = 40;

    /// <summary>How many built-in invitations were scanned at start.</summary>
    public int Scanned { get; private set; }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var messages = Samples.Select(Encoding.UTF8.GetBytes).ToArray();
        for (var round = 0; round < Rounds && !cancellationToken.IsCancellationRequested; round++)
        {
            foreach (var message in messages)
            {
                // The pipeline's engine without external facts (no reputation or DNS look-up), decided for no recipient
                // (the default policy): nothing is looked up for anyone and nothing is written.
                var scan = pipeline.Engine.Scan(message, new ScanContext { Source = "warm-up" });
                var report = ScanReportBuilder.Build(scan, pipeline.Decide(scan, [])[0].Decision);
                _ = JsonSerializer.SerializeToUtf8Bytes(report, ReportJson.Default.ScanReport);
                Scanned++;
            }
        }
        logger.LogInformation("Engine warmed up on {Count} built-in invitations in {Elapsed} ms", Scanned, watch.ElapsedMilliseconds);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // An Outlook-style meeting (HTML body, time zone, attendees, alarm, weekly series) and a calendar-spam callback
    // scam (free-mail organizer, brand, phone number, base64 .ics attachment): between them most rules run.
    private static readonly string[] Samples =
    [
        """
        Received: from mail.partner.example (mail.partner.example [192.0.2.10]) by mx.example.net; Mon, 10 Jun 2024 10:00:00 +0000
        Authentication-Results: mx.example.net; dkim=pass header.d=partner.example; spf=pass smtp.mailfrom=partner.example; dmarc=pass header.from=partner.example
        From: Ana Souza <ana.souza@partner.example>
        To: Bob Lee <bob.lee@example.net>
        Subject: Weekly project sync
        Date: Mon, 10 Jun 2024 09:59:00 +0000
        Message-ID: <warmup-1@partner.example>
        MIME-Version: 1.0
        Content-Type: multipart/alternative; boundary="b1"

        --b1
        Content-Type: text/plain; charset=utf-8

        Weekly sync. Agenda: https://docs.partner.example/agenda Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x
        --b1
        Content-Type: text/html; charset=utf-8

        <html><body><p>Weekly sync.</p><a href="https://docs.partner.example/agenda">Agenda</a></body></html>
        --b1
        Content-Type: text/calendar; charset=utf-8; method=REQUEST

        BEGIN:VCALENDAR
        PRODID:Microsoft Exchange Server 2010
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:W. Europe Standard Time
        BEGIN:STANDARD
        DTSTART:16010101T030000
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:16010101T020000
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:warmup-1@partner.example
        SEQUENCE:0
        DTSTAMP:20240610T095900Z
        DTSTART;TZID=W. Europe Standard Time:20240612T100000
        DTEND;TZID=W. Europe Standard Time:20240612T103000
        RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=20
        SUMMARY:Weekly project sync
        DESCRIPTION:Agenda: https://docs.partner.example/agenda\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_x
        LOCATION:Microsoft Teams Meeting
        ORGANIZER;CN="Ana Souza":mailto:ana.souza@partner.example
        ATTENDEE;CN="Bob Lee";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bob.lee@example.net
        ATTENDEE;CN="Cleo Park";ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cleo.park@partner.example
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        TRIGGER:-PT15M
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        --b1--
        """,
        """
        Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [198.51.100.41]) by mx.example.net; Tue, 11 Jun 2024 08:00:00 +0000
        Authentication-Results: mx.example.net; dkim=pass header.d=gmail.com; spf=pass smtp.mailfrom=gmail.com; dmarc=pass header.from=gmail.com
        From: Billing Dept <renewal.desk8812@gmail.com>
        To: bob.lee@example.net
        Subject: =?utf-8?B?WW91ciBOb3J0b24gcmVuZXdhbCDigJQgJDM5OS45OQ==?=
        Date: Tue, 11 Jun 2024 07:59:00 +0000
        Message-ID: <warmup-2@mail.gmail.com>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b2"

        --b2
        Content-Type: text/plain; charset=utf-8

        Your subscription renews today for $399.99. Not you? Call +1 555 0100 to cancel and get a refund.
        --b2
        Content-Type: application/ics; name="invite.ics"
        Content-Disposition: attachment; filename="invite.ics"
        Content-Transfer-Encoding: base64

        QkVHSU46VkNBTEVOREFSDQpNRVRIT0Q6UkVRVUVTVA0KQkVHSU46VkVWRU5UDQpVSUQ6d2FybXVw
        LTJAZ29vZ2xlLmNvbQ0KRFRTVEFSVDoyMDI0MDYxMVQwOTAwMDBaDQpTVU1NQVJZOk5vcnRvbiBy
        ZW5ld2FsICQzOTkuOTkgLSBjYWxsICsxIDU1NSAwMTAwDQpERVNDUklQVElPTjpDYWxsIG5vdyB0
        byBjYW5jZWwgaHR0cHM6Ly9iaXQubHkveDEyMw0KT1JHQU5JWkVSOm1haWx0bzpyZW5ld2FsLmRl
        c2s4ODEyQGdtYWlsLmNvbQ0KQVRURU5ERUU6bWFpbHRvOmJvYi5sZWVAZXhhbXBsZS5uZXQNCkJF
        R0lOOlZBTEFSTQ0KQUNUSU9OOkRJU1BMQVkNClRSSUdHRVI6LVBUMU0NCkVORDpWQUxBUk0NCkVO
        RDpWRVZFTlQNCkVORDpWQ0FMRU5EQVINCg==
        --b2--
        """,
    ];
}
