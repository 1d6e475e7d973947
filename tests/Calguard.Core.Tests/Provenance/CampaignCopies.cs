using System.Globalization;
using System.Text;

namespace Calguard.Core.Tests.Provenance;

/// <summary>
/// Copies of one prize campaign as a spammer sends them: each recipient gets their own name in the greeting, the
/// subject and the attendee line, other dates (numbers, weekday and month names), another UID, tracking token and
/// reference, and zero-width characters inside words.
/// </summary>
internal static class CampaignCopies
{
    private static readonly (string First, string Last)[] People =
    [
        ("Anna", "Schmidt"), ("Haruto", "Wolf"), ("Chiara", "Russo"), ("Liam", "Okafor"), ("Sofia", "Lindqvist"),
        ("Mateo", "Garcia"), ("Amelie", "Dubois"), ("Noah", "Kowalski"), ("Yuki", "Tanaka"), ("Fatima", "Haddad"),
        ("Oskar", "Berg"), ("Elena", "Popescu"),
    ];

    private static readonly string[] ZeroWidth = ["\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060"];

    /// <summary>The address of person <paramref name="i"/>.</summary>
    public static string Recipient(int i) => $"{People[i % People.Length].First.ToLowerInvariant()}.{People[i % People.Length].Last.ToLowerInvariant()}{(i >= People.Length ? i.ToString(CultureInfo.InvariantCulture) : string.Empty)}@example.net";

    /// <summary>The event UID of copy <paramref name="i"/>.</summary>
    public static string Uid(int i) => $"prize-{i:D3}-{(i * 7919) % 10007:D5}@win-prize.example";

    /// <summary>Copy <paramref name="i"/> as an iMIP message.</summary>
    public static byte[] Message(int i)
    {
        var (first, last) = People[i % People.Length];
        return Message(i, first, last, Recipient(i), Uid(i), new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero).AddDays(i * 3), i * 31 + 7);
    }

    /// <summary>A copy for any person, arrival day and noise seed.</summary>
    public static byte[] Message(int i, string first, string last, string recipient, string uid, DateTimeOffset day, int seed)
    {
        var random = new Random(seed);
        var arrival = day.AddMinutes(random.Next(600));
        var start = arrival.AddDays(2 + random.Next(5));
        var deadline = start.AddDays(3);
        string Z(string text)
        {
            // A zero-width character inside some words, at a different place in every copy.
            var words = text.Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                if (words[w].Length > 4 && random.Next(3) == 0)
                {
                    var at = 1 + random.Next(words[w].Length - 2);
                    words[w] = words[w][..at] + ZeroWidth[random.Next(ZeroWidth.Length)] + words[w][at..];
                }
            }
            return string.Join(' ', words);
        }
        var token = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()));
        var description = Z($"Dear {first} {last}, congratulations! You were selected on {start:dddd d MMMM yyyy} to receive a Lidl gift card worth 500 EUR. " +
            $"Claim your reward before {deadline:MMMM d} at https://claim.win-prize.example/r/{token} or it will be given to another customer. Reference {random.Next(100000, 999999)}.");
        var summary = Z($"{first}, your reward is waiting");
        var ics = new StringBuilder()
            .Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Prize Desk//Mailer 2.1//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n")
            .Append(CultureInfo.InvariantCulture, $"UID:{uid}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTAMP:{arrival.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTSTART:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DTEND:{start.AddMinutes(30).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n")
            .Append(CultureInfo.InvariantCulture, $"SUMMARY:{summary}\r\n")
            .Append("ORGANIZER;CN=Prize Desk:mailto:desk@win-prize.example\r\n")
            .Append(CultureInfo.InvariantCulture, $"ATTENDEE;CN={first} {last};RSVP=TRUE:mailto:{recipient}\r\n")
            .Append(CultureInfo.InvariantCulture, $"DESCRIPTION:{description.Replace(",", "\\,", StringComparison.Ordinal)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"LOCATION:https://claim.win-prize.example/r/{token}\r\n")
            .Append("END:VEVENT\r\nEND:VCALENDAR\r\n")
            .ToString();
        var message = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Received: from mail.win-prize.example (mail.win-prize.example [203.0.113.{10 + i}]) by mx.example.net (Postfix) with ESMTP id A{i}; {arrival.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)}\r\n")
            .Append("From: \"Prize Desk\" <desk@win-prize.example>\r\n")
            .Append(CultureInfo.InvariantCulture, $"To: \"{first} {last}\" <{recipient}>\r\n")
            .Append(CultureInfo.InvariantCulture, $"Subject: {first}, your reward is waiting\r\n")
            .Append(CultureInfo.InvariantCulture, $"Date: {arrival.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture)}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Message-ID: <{token}.{i}@win-prize.example>\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
            .Append(ics);
        return Encoding.UTF8.GetBytes(message.ToString());
    }
}
