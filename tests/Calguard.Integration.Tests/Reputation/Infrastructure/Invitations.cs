using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Calguard.Integration.Tests.Reputation.Infrastructure;

/// <summary>Small iMIP messages whose every fact the reputation tests control: organizer, authentication, links.</summary>
internal static class Invitations
{
    /// <summary>The receiving host whose Authentication-Results the test hosts trust.</summary>
    public const string AuthservId = "mx.example.net";

    /// <summary>A prize scam that the rules alone judge spam (score well above 8): lures, a credential request, a callback number.</summary>
    public static byte[] Spam(string organizer, string uid) => Message(organizer, uid, "Congratulations! You have won an iPhone 16 - claim your prize now",
        "Dear winner, you have been selected! Claim your prize within 24 hours: https://win.prize-claim.test/claim?id=8812 . " +
        "Confirm your credit card details to pay the shipping fee of 1.95 EUR. Act now, offer expires today! " +
        "Verify your account and enter your password at https://win.prize-claim.test/login or call +1 888 555 0199 to send Bitcoin.");

    /// <summary>A plain meeting that the rules judge clean; <paramref name="link"/> adds one link to its description.</summary>
    public static byte[] Meeting(string organizer, string uid, string? link = null, bool authenticated = false) =>
        Message(organizer, uid, "Quarterly planning", link is null ? "Agenda: budget review." : $"Agenda: budget review. Notes: {link}", authenticated);

    /// <summary>The body of a scan request.</summary>
    public static HttpContent Content(byte[] message)
    {
        var content = new ByteArrayContent(message);
        content.Headers.ContentType = new MediaTypeHeaderValue("message/rfc822");
        return content;
    }

    private static byte[] Message(string organizer, string uid, string summary, string description, bool authenticated = false)
    {
        var start = DateTime.UtcNow.AddDays(3).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var domain = organizer[(organizer.IndexOf('@') + 1)..];
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" +
                  $"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\nDURATION:PT1H\r\nSUMMARY:{summary}\r\n" +
                  $"DESCRIPTION:{description.Replace(",", "\\,", StringComparison.Ordinal)}\r\n" +
                  $"ORGANIZER:mailto:{organizer}\r\nATTENDEE;RSVP=TRUE:mailto:bob@example.net\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var headers = new StringBuilder();
        if (authenticated)
        {
            headers.Append($"Authentication-Results: {AuthservId}; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={organizer}; dmarc=pass header.from={domain}\r\n");
        }
        headers.Append($"From: {organizer}\r\nTo: bob@example.net\r\nSubject: Invitation: {summary}\r\nMessage-ID: <{uid}.{Guid.NewGuid():N}@test>\r\n")
            .Append("Date: Mon, 23 Nov 2026 00:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n")
            .Append($"--b\r\nContent-Type: text/plain\r\n\r\n{description}\r\n")
            .Append($"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{ics}--b--\r\n");
        return Encoding.UTF8.GetBytes(headers.ToString());
    }
}
