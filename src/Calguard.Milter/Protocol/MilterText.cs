using System.Text;
using System.Text.Unicode;

namespace Calguard.Milter.Protocol;

/// <summary>How the codec turns the protocol's NUL-terminated byte strings into .NET strings and back.</summary>
/// <remarks>
/// The wire carries bytes, not a declared charset. Valid UTF-8 is decoded as UTF-8 (SMTPUTF8 and most 8-bit
/// headers); anything else as Latin-1, which maps every byte to one char and so never loses information.
/// Strings written by the milter are always UTF-8.
/// </remarks>
public static class MilterText
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, true);

    /// <summary>Decodes protocol bytes: UTF-8 when valid, otherwise Latin-1.</summary>
    /// <param name="bytes">The bytes without the terminating NUL.</param>
    /// <returns>The decoded string.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return string.Empty;
        }

        return Utf8.IsValid(bytes) ? Utf8Strict.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Encodes a string as UTF-8 for the wire.</summary>
    /// <param name="value">The string; it must not contain NUL.</param>
    /// <returns>The UTF-8 bytes.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> contains a NUL character or invalid UTF-16.</exception>
    public static byte[] Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0'))
        {
            throw new ArgumentException("Milter strings are NUL-terminated and cannot contain NUL.", nameof(value));
        }

        try
        {
            return Utf8Strict.GetBytes(value);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("The string is not valid UTF-16.", nameof(value), ex);
        }
    }
}
