using System.Text.RegularExpressions;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>Ham objects from the shared corpus and spam objects written for the tests.</summary>
internal static partial class CorpusEvents
{
    /// <summary>Real invitations and events (one UID each), as a CalDAV server would store them: no METHOD.</summary>
    public static readonly string[] HamFiles =
    [
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-alarms.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-allday.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-event-recurring-allday.ics",
        "ics/nextcloud-calendar/vcalendars/vcalendar-todo.ics",
        "ics/evolution-data-server/invite-1.ics",
        "ics/kcalutils/event-1.ics",
        "ics/kcalutils/event-2.ics",
        "ics/kcalutils/itip-event-delegation-request.ics",
        "ics/kcalutils/todo-1.ics",
        "imip/thunderbird/repeat-event.eml",
        "ics/cyrus-imapd/alerts.ics",
        "imip/thunderbird/extensions-invite.eml",
        "imip/thunderbird/meet-meeting-invite.eml",
        "imip/thunderbird/message-non-invite.eml",
        "imip/thunderbird/outlook-test-invite.eml",
        "imip/thunderbird/teams-meeting-invite.eml",
    ];


    /// <summary>Loads the ham objects: (file name to PUT under, iCalendar text).</summary>
    public static List<(string Name, string Data)> LoadHam()
    {
        var result = new List<(string, string)>();
        foreach (var relative in HamFiles)
        {
            var raw = File.ReadAllText(SharedPaths.CorpusFile(relative));
            var data = relative.EndsWith(".eml", StringComparison.Ordinal)
                ? MimeCalendarExtractor.Extract(raw) ?? throw new InvalidOperationException("No text/calendar in " + relative)
                : MimeCalendarExtractor.ToCrlf(raw);
            data = MethodLine().Replace(data, string.Empty);
            var name = "ham-" + Path.GetFileNameWithoutExtension(relative).Replace('.', '-') + ".ics";
            result.Add((name, data));
        }

        return result;
    }

    /// <summary>Spam: a plain invite with an alarm, a recurring series with an override, and a folded one with two alarms.</summary>
    public static List<(string Name, string Data)> Spam() =>
    [
        ("spam-rayban.ics", Crlf($"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//spam.example//bulk//EN
            BEGIN:VEVENT
            UID:spam-rayban-1@spam.example
            DTSTAMP:20250101T000000Z
            DTSTART:20250301T090000Z
            DTEND:20250301T100000Z
            SUMMARY:{MarkerJudge.SpamMarker} Ray-Ban 90% off today only
            DESCRIPTION:Visit http://rayban.spam.example/deal now
            ORGANIZER;CN=Deals:mailto:promo@spam.example
            ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:alice@example.test
            BEGIN:VALARM
            ACTION:DISPLAY
            DESCRIPTION:Deal ends soon
            TRIGGER:-PT15M
            END:VALARM
            END:VEVENT
            END:VCALENDAR
            """)),
        ("spam-series.ics", Crlf($"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//spam.example//bulk//EN
            BEGIN:VEVENT
            UID:spam-series-1@spam.example
            DTSTAMP:20250101T000000Z
            DTSTART:20250301T080000Z
            DTEND:20250301T081500Z
            RRULE:FREQ=DAILY;COUNT=30
            SUMMARY:{MarkerJudge.SpamMarker} Daily crypto signals
            ORGANIZER:mailto:signals@spam.example
            ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:alice@example.test
            BEGIN:VALARM
            ACTION:DISPLAY
            DESCRIPTION:Buy now
            TRIGGER:-PT5M
            END:VALARM
            END:VEVENT
            BEGIN:VEVENT
            UID:spam-series-1@spam.example
            RECURRENCE-ID:20250305T080000Z
            DTSTAMP:20250101T000000Z
            DTSTART:20250305T120000Z
            DTEND:20250305T121500Z
            SUMMARY:{MarkerJudge.SpamMarker} Special signal
            ORGANIZER:mailto:signals@spam.example
            ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:alice@example.test
            END:VEVENT
            END:VCALENDAR
            """)),
        ("spam-folded.ics", Crlf($"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//spam.example//bulk//EN
            BEGIN:VEVENT
            UID:spam-folded-1@spam.example
            DTSTAMP:20250101T000000Z
            DTSTART:20250410T090000Z
            DURATION:PT1H
            SUMMARY:{MarkerJudge.SpamMarker} You have won a prize
            DESCRIPTION:Congratulations! Claim your prize by calling +1 555 0100 and giving y
             our bank details. BEGIN:VALARM is not an alarm when it sits in a folded desc
             ription line.
            ORGANIZER:mailto:prize@spam.example
            BEGIN:VALARM
            ACTION:DISPLAY
            DESCRIPTION:Claim
            TRIGGER:-PT1H
            END:VALARM
            BEGIN:VALARM
            ACTION:AUDIO
            TRIGGER:-PT5M
            END:VALARM
            END:VEVENT
            END:VCALENDAR
            """)),
    ];

    /// <summary>A suspicious (not spam) event with alarms, for strip-alarms.</summary>
    public static (string Name, string Data) Suspicious() =>
        ("suspicious-webinar.ics", Crlf($"""
            BEGIN:VCALENDAR
            VERSION:2.0
            PRODID:-//webinar.example//x//EN
            BEGIN:VEVENT
            UID:suspicious-webinar-1@webinar.example
            DTSTAMP:20250101T000000Z
            DTSTART:20250501T150000Z
            DTEND:20250501T160000Z
            SUMMARY:{MarkerJudge.SuspiciousMarker} Free webinar on passive income, reg
             ister today
            ORGANIZER:mailto:host@webinar.example
            BEGIN:VALARM
            ACTION:DISPLAY
            DESCRIPTION:Starts soon
            TRIGGER:-PT10M
            END:VALARM
            END:VEVENT
            END:VCALENDAR
            """));

    public static string Crlf(string text) => MimeCalendarExtractor.ToCrlf(text.TrimEnd('\n', '\r') + "\n");

    [GeneratedRegex(@"^METHOD:[^\r\n]*\r\n", RegexOptions.Multiline)]
    private static partial Regex MethodLine();
}
