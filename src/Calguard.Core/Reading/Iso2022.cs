using System.Text;

namespace Calguard.Reading;

/// <summary>
/// ISO-2022-JP and ISO-2022-KR: seven-bit charsets that switch character sets with escape sequences.
/// </summary>
/// <remarks>
/// Japanese mailers still write calendars in ISO-2022-JP, and an <c>application/ics</c> attachment carries no charset
/// parameter. Read as UTF-8, its text is escape sequences and ASCII noise that no rule can read, and the ESC bytes look
/// like a malformed file. The escapes name the charset unambiguously, so the reader decodes by them.
/// </remarks>
internal static class Iso2022
{
    private const int Jp = 50220;
    private const int Kr = 50225;

    /// <summary>The charset whose designation escapes <paramref name="data"/> carries, or null.</summary>
    public static Encoding? Sniff(ReadOnlySpan<byte> data)
    {
        var at = data.IndexOf((byte)0x1B);
        while (at >= 0 && at + 2 < data.Length)
        {
            var rest = data[(at + 1)..];
            // ESC $ B, ESC $ @ and ESC $ ( D designate JIS X 0208/0212; ESC ( J and ESC ( I are JIS Roman and half-width kana.
            if (rest.StartsWith("$B"u8) || rest.StartsWith("$@"u8) || rest.StartsWith("$(D"u8) || rest.StartsWith("(J"u8) || rest.StartsWith("(I"u8))
            {
                return Get(Jp);
            }
            if (rest.StartsWith("$)C"u8))
            {
                return Get(Kr);
            }
            var next = rest.IndexOf((byte)0x1B);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return null;
    }

    /// <summary>Whether <paramref name="charset"/> is one of the ISO-2022 family, where ESC, SO and SI are part of the text.</summary>
    public static bool Is(Encoding? charset) => charset?.CodePage is >= 50220 and <= 50229;

    private static Encoding? Get(int codePage)
    {
        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (Exception)
        {
            return null;
        }
    }
}
