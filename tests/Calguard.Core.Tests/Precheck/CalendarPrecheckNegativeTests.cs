using System.Text;
using Calguard.Reading;

namespace Calguard.Core.Tests.Precheck;

/// <summary>The precheck is only worth having if ordinary mail without calendars gets "no": these shapes must.</summary>
public class CalendarPrecheckNegativeTests
{
    private const string Top = "From: a@example.org\r\nTo: b@example.net\r\nSubject: =?utf-8?B?UmU6IEthbGVuZGVy?=\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n";

    public static TheoryData<string, string> Messages() => new()
    {
        { "plain", Top + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\nSee you at the meeting. Add it to your calendar!\r\n" },
        { "html-qp", Top + "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p style=3D\"x\">Our events calendar</p>\r\n" },
        {
            "attachment-rfc2047-name", Top + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n--b\r\n" +
            "Content-Type: application/pdf; name=\"=?utf-8?B?UmVjaG51bmcgTcOkcnoucGRm?=\"\r\nContent-Disposition: attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf\r\n" +
            "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK\r\n--b--\r\n"
        },
        {
            "signed", Top + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; boundary=\"s\"\r\n\r\n--s\r\n" +
            "Content-Type: text/plain\r\n\r\nsigned text\r\n--s\r\nContent-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==\r\n--s--\r\n"
        },
        {
            "forwarded", Top + "Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\nContent-Type: text/plain\r\n\r\nFYI\r\n--f\r\nContent-Type: message/rfc822\r\n\r\n" +
            "From: c@example.org\r\nSubject: lunch\r\nContent-Type: text/plain\r\n\r\nLunch at noon?\r\n--f--\r\n"
        },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Mail_without_a_calendar_gets_no(string name, string message)
    {
        var bytes = Encoding.UTF8.GetBytes(message);
        Assert.False(MessageReader.Read(bytes).HasCalendar, name);
        Assert.False(CalendarPrecheck.MayContainCalendar(bytes), name);
    }
}
