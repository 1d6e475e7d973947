using System.Text;

namespace Calguard.Tests.Feedback;

/// <summary>
/// Invitations for the feedback tests: a phishing campaign from a sender whose DKIM passed at mx.example.net (the
/// trusted authserv-id), or the same from a sender nothing authenticated. Linked into the integration tests too.
/// </summary>
internal static class FeedbackMessages
{
    public const string AuthservId = "mx.example.net";

    public const string Uid = "fb-0001@shop-deals.example";

    public static readonly string[] Links = ["https://secure-login.paypa1-verify.example/account/verify?id=7781", "https://cdn.shop-deals.example/banner.png"];

    /// <summary>The settings every feedback test app needs: the trusted authserv-id.</summary>
    public static Dictionary<string, string?> Settings() => new() { ["Calguard:TrustedAuthservIds:0"] = AuthservId };

    /// <summary>One copy of the campaign for <paramref name="recipient"/>.</summary>
    /// <param name="recipient">The recipient (named in To and as attendee, so each copy differs in its names).</param>
    /// <param name="authenticated">With a passing DKIM signature of shop-deals.example (and SPF, DMARC) reported by the trusted host.</param>
    /// <param name="messageId">Message-ID without brackets.</param>
    public static byte[] Invitation(string recipient, bool authenticated = true, string? messageId = null)
    {
        var name = recipient.Split('@')[0];
        var results = authenticated
            ? "Authentication-Results: mx.example.net;\r\n\tdkim=pass header.d=shop-deals.example header.s=s1;\r\n\tspf=pass smtp.mailfrom=promo@shop-deals.example;\r\n\tdmarc=pass header.from=shop-deals.example\r\n"
            : "Authentication-Results: mx.example.net;\r\n\tdkim=none;\r\n\tspf=none smtp.mailfrom=promo@shop-deals.example;\r\n\tdmarc=none header.from=shop-deals.example\r\n";
        var text = new StringBuilder();
        text.Append("Return-Path: <promo@shop-deals.example>\r\n");
        text.Append(results);
        text.Append("Received: from mail.shop-deals.example (mail.shop-deals.example [198.51.100.23])\r\n\tby mx.example.net (Postfix) with ESMTPS id 4AbC\r\n\tfor <")
            .Append(recipient).Append(">; Tue, 03 Mar 2026 09:12:00 +0000\r\n");
        text.Append("From: PayPal Security <promo@shop-deals.example>\r\n");
        text.Append("To: ").Append(name).Append(" <").Append(recipient).Append(">\r\n");
        text.Append("Subject: Action required: verify your PayPal account\r\n");
        text.Append("Date: Tue, 03 Mar 2026 09:11:58 +0000\r\n");
        text.Append("Message-ID: <").Append(messageId ?? $"inv-{name}@shop-deals.example").Append(">\r\n");
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("Content-Type: text/calendar; charset=utf-8; method=REQUEST\r\n");
        text.Append("Content-Transfer-Encoding: 8bit\r\n\r\n");
        text.Append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//shop-deals//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n");
        text.Append("UID:").Append(Uid).Append("\r\n");
        text.Append("DTSTAMP:20260303T091158Z\r\nDTSTART:20260303T093000Z\r\nDTEND:20260303T100000Z\r\nSEQUENCE:0\r\n");
        text.Append("SUMMARY:PayPal account suspended - verify your password now\r\n");
        text.Append("DESCRIPTION:Dear ").Append(name).Append("\\, your PayPal account has been limited. Verify your password and card within 24 hours or it will be closed: ")
            .Append(Links[0]).Append("\r\n");
        text.Append("URL:").Append(Links[1]).Append("\r\n");
        text.Append("ORGANIZER;CN=PayPal Security:mailto:promo@shop-deals.example\r\n");
        text.Append("ATTENDEE;CN=").Append(name).Append(";RSVP=TRUE:mailto:").Append(recipient).Append("\r\n");
        text.Append("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:Verify now\r\nEND:VALARM\r\n");
        text.Append("END:VEVENT\r\nEND:VCALENDAR\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
