using System.Text;
using System.Text.Json;
using Calguard.Integration.Tests.Serve.Infrastructure;

namespace Calguard.Integration.Tests.Cli;

/// <summary>
/// Charsets outside .NET's built-in few, read by a fresh <c>calguard scan</c> process. In-process tests cannot show
/// this: whichever test first touches MimeKit decides, for the whole test run, which charsets it can decode.
/// </summary>
public sealed class CharsetTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("calguard-charset-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task AFreshProcessDecodesKoi8RAndIso2022JpCalendarsFromTheFirstMessageOn()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var koi8 = Encoding.GetEncoding("koi8-r");
        var jis = Encoding.GetEncoding("iso-2022-jp");
        const string russian = "Совещание по бюджету";
        const string japanese = "【一次面接のご案内】山田商事株式会社";

        var message = new MemoryStream();
        void Write(string ascii) => message.Write(Encoding.ASCII.GetBytes(ascii));
        static string Calendar(string uid, string summary) =>
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n" +
            $"UID:{uid}\r\nDTSTAMP:20240312T101500Z\r\nDTSTART:20240320T090000Z\r\nDTEND:20240320T100000Z\r\n" +
            $"SUMMARY:{summary}\r\nORGANIZER:mailto:anna@example.org\r\nATTENDEE:mailto:bob@example.net\r\n" +
            "END:VEVENT\r\nEND:VCALENDAR\r\n";
        Write("From: anna@example.org\r\nTo: bob@example.net\r\n");
        Write($"Subject: =?koi8-r?B?{Convert.ToBase64String(koi8.GetBytes(russian))}?=\r\n");
        Write("Date: Tue, 12 Mar 2024 10:15:02 +0000\r\nMessage-ID: <charset@example.org>\r\nMIME-Version: 1.0\r\n");
        Write("Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
        Write("--b\r\nContent-Type: text/calendar; charset=koi8-r; method=REQUEST\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        message.Write(koi8.GetBytes(Calendar("ru@example.org", russian)));
        // An .ics attachment has no charset parameter; ISO-2022-JP names itself by its escapes.
        Write("--b\r\nContent-Type: application/ics; name=\"invite.ics\"\r\nContent-Disposition: attachment; filename=\"invite.ics\"\r\n");
        Write("Content-Transfer-Encoding: base64\r\n\r\n");
        Write(Convert.ToBase64String(jis.GetBytes(Calendar("ja@example.org", japanese)), Base64FormattingOptions.InsertLineBreaks) + "\r\n");
        Write("--b--\r\n");
        var path = Path.Combine(_dir, "charsets.eml");
        await File.WriteAllBytesAsync(path, message.ToArray());

        var output = await ExternalProcess.RunAsync("dotnet", [ServeProcess.Dll, "scan", "--json", path]);

        var line = output.Split('\n').Single(l => l.StartsWith('{'));
        var root = JsonDocument.Parse(line).RootElement;
        var summaries = root.GetProperty("invitations").EnumerateArray().Select(i => i.GetProperty("summary").GetString()).ToList();
        Assert.Contains(russian, summaries);
        Assert.Contains(japanese, summaries);
        // ESC read as text, not as a control character that makes the file look malformed.
        Assert.DoesNotContain(root.GetProperty("symbols").EnumerateArray(), s => s.GetProperty("name").GetString() == "ICS_MALFORMED");
    }
}
