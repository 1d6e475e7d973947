using System.Text;
using System.Text.RegularExpressions;

namespace Calguard.CalDav.Tests.Infrastructure;

/// <summary>
/// Pulls the first <c>text/calendar</c> part out of an .eml (7bit, quoted-printable or base64). Test-only and
/// deliberately small: the real MIME reader lives in Calguard.Core, which this project must not reference.
/// </summary>
internal static partial class MimeCalendarExtractor
{
    public static string? Extract(string eml)
    {
        var lines = eml.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!ContentTypeCalendar().IsMatch(lines[i]))
            {
                continue;
            }

            // Read this part's headers (including folded ones) up to the blank line.
            var encoding = "7bit";
            var j = i;
            for (; j < lines.Length && lines[j].Length > 0; j++)
            {
                var m = TransferEncoding().Match(lines[j]);
                if (m.Success)
                {
                    encoding = m.Groups[1].Value.ToLowerInvariant();
                }
            }

            // Headers may also precede Content-Type: look back to the part's start.
            for (var k = i - 1; k >= 0 && lines[k].Length > 0 && !lines[k].StartsWith("--", StringComparison.Ordinal); k--)
            {
                var m = TransferEncoding().Match(lines[k]);
                if (m.Success)
                {
                    encoding = m.Groups[1].Value.ToLowerInvariant();
                }
            }

            var body = new StringBuilder();
            for (j++; j < lines.Length && !lines[j].StartsWith("--", StringComparison.Ordinal); j++)
            {
                body.Append(lines[j]).Append('\n');
            }

            var text = encoding switch
            {
                "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.ToString().Where(c => !char.IsWhiteSpace(c))))),
                "quoted-printable" => DecodeQuotedPrintable(body.ToString()),
                _ => body.ToString(),
            };
            return ToCrlf(text.Trim('\n', '\r') + "\n");
        }

        return null;
    }

    public static string ToCrlf(string text) => text.Replace("\r\n", "\n").Replace("\n", "\r\n");

    private static string DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                continue;
            }

            if (c == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    [GeneratedRegex(@"^Content-Type:\s*text/calendar", RegexOptions.IgnoreCase)]
    private static partial Regex ContentTypeCalendar();

    [GeneratedRegex(@"^Content-Transfer-Encoding:\s*([\w-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex TransferEncoding();
}
