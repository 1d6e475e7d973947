using System.Text;

namespace Calguard.Analysis.Text;

/// <summary>
/// Lower-casing exactly as <see cref="string.ToLowerInvariant()"/> does, but with the ASCII stretches done by vector
/// instructions. .NET hands everything after the first character beyond ASCII to ICU, one code point at a time: the
/// "ü" of an organizer's name at the top of a text sent the whole rest of it there.
/// </summary>
internal static class InvariantCase
{
    // ASCII shorter than this between two characters beyond ASCII goes to ICU with them: a Cyrillic or Greek text
    // is one call, not one per word.
    private const int AsciiStretch = 32;

    /// <summary>Lower-cases <paramref name="source"/> into <paramref name="destination"/> (at least as long); returns the length written.</summary>
    public static int ToLower(ReadOnlySpan<char> source, Span<char> destination)
    {
        var i = 0;
        while (i < source.Length)
        {
            var wide = source[i..].IndexOfAnyExceptInRange('\0', '\u007f');
            if (wide < 0)
            {
                Ascii.ToLower(source[i..], destination[i..], out _);
                break;
            }
            Ascii.ToLower(source.Slice(i, wide), destination[i..], out _);
            i += wide;
            // Invariant casing maps each code point on its own (a surrogate pair lies inside one stretch beyond ASCII),
            // so the text may be cut anywhere between such stretches.
            var end = i;
            while (true)
            {
                var ascii = source[end..].IndexOfAnyInRange('\0', '\u007f');
                if (ascii < 0)
                {
                    end = source.Length;
                    break;
                }
                end += ascii;
                var next = source[end..].IndexOfAnyExceptInRange('\0', '\u007f');
                if (next < 0 || next >= AsciiStretch)
                {
                    break;
                }
                end += next;
            }
            source[i..end].ToLowerInvariant(destination[i..]);
            i = end;
        }
        return source.Length;
    }

    /// <summary>What <see cref="string.ToLowerInvariant()"/> returns for <paramref name="text"/>.</summary>
    public static string ToLower(string text) =>
        Ascii.IsValid(text) ? text.ToLowerInvariant() : string.Create(text.Length, text, static (span, t) => ToLower(t, span));
}
