using Calguard.Reading;

namespace Calguard.Contacts;

/// <summary>
/// Reads the e-mail addresses out of vCard files (2.1, 3.0 and 4.0; RFC 2426, RFC 6350), for the recipient's contact
/// list: an organizer in the contacts is a known sender (R22, R40, R44).
/// </summary>
/// <remarks>
/// vCard shares iCalendar's content-line syntax, so <see cref="CalendarReader"/> does the reading (folding, parameters,
/// vCard 2.1 bare parameters and quoted-printable values with soft line breaks). The one difference, the group prefix of
/// RFC 6350 §3.3 (<c>item1.EMAIL:</c>), is removed before reading. Never throws on bad input; what it cannot read is
/// skipped.
/// </remarks>
public static class VCardReader
{
    /// <summary>Bounds for address books: far more cards than a calendar part holds components, still bounded.</summary>
    public static ReaderLimits DefaultLimits { get; } = new()
    {
        MaxBytes = 64 * 1024 * 1024,
        MaxLines = 5_000_000,
        MaxComponents = 1_000_000,
        MaxProperties = 10_000_000,
        MaxNesting = 4,
    };

    /// <summary>
    /// Returns the EMAIL addresses of every top-level card, lower-cased, without <c>mailto:</c>, each once, in file
    /// order (RFC 6350 §6.4.2). Values that are not plausible addresses are skipped; cards nested in a vCard 2.1
    /// <c>AGENT</c> describe someone else and are not read.
    /// </summary>
    /// <param name="data">The bytes of a .vcf file (one or more cards).</param>
    /// <param name="limits">Bounds; <see cref="DefaultLimits"/> when null.</param>
    public static IReadOnlyList<string> ReadAddresses(ReadOnlySpan<byte> data, ReaderLimits? limits = null)
    {
        var read = CalendarReader.Read(WithoutGroups(data), limits ?? DefaultLimits);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var addresses = new List<string>();
        foreach (var card in read.Roots)
        {
            if (card.Name != "VCARD")
            {
                continue;
            }
            foreach (var email in card.GetAll("EMAIL"))
            {
                if (CalendarAddress.Normalise(email.Text) is { } address && seen.Add(address))
                {
                    addresses.Add(address);
                }
            }
        }
        return addresses;
    }

    /// <summary>
    /// Removes <c>group.</c> prefixes from property names (RFC 6350 §3.3). Folded lines are unfolded first, so a prefix
    /// split by a fold is still found; quoted-printable soft line breaks are kept as they are, for the reader.
    /// </summary>
    internal static byte[] WithoutGroups(ReadOnlySpan<byte> data)
    {
        var output = new List<byte>(data.Length);
        var logical = new List<byte>(256);
        ReadOnlySpan<byte> ending = [];
        var started = false;
        var softBreak = false;
        var pos = 0;
        while (pos < data.Length)
        {
            var rest = data[pos..];
            var lf = rest.IndexOf((byte)'\n');
            var line = lf < 0 ? rest : rest[..(lf + 1)];
            var content = line.TrimEnd("\r\n"u8);
            if (started && content.Length > 0 && content[0] is (byte)' ' or (byte)'\t')
            {
                logical.AddRange(content[1..]);
            }
            else if (started && softBreak)
            {
                // vCard 2.1: a quoted-printable value ending in "=" continues on the next line, whatever it starts
                // with; the "=" and the line break stay for the reader to join.
                logical.AddRange(ending);
                logical.AddRange(content);
            }
            else
            {
                Flush(logical, ending, output);
                logical.AddRange(content);
                started = true;
            }
            ending = line[content.Length..];
            softBreak = content.Length > 0 && content[^1] == '=' && IsQuotedPrintable(logical);
            pos += line.Length;
        }
        Flush(logical, ending, output);
        return [.. output];

        static void Flush(List<byte> logical, ReadOnlySpan<byte> ending, List<byte> output)
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(logical);
            output.AddRange(span[GroupLength(span)..]);
            if (span.Length > 0 || ending.Length > 0)
            {
                output.AddRange(ending);
            }
            logical.Clear();
        }
    }

    private static bool IsQuotedPrintable(List<byte> logical)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(logical);
        var colon = span.IndexOf((byte)':');
        return colon > 0 && CalendarReader.ContainsIgnoreCase(span[..colon], "quoted-printable"u8);
    }

    // "item1.EMAIL;…" → 6: a name, a dot, then another name that ends in ';' or ':'.
    private static int GroupLength(ReadOnlySpan<byte> line)
    {
        var i = 0;
        while (i < line.Length && IsNameByte(line[i]))
        {
            i++;
        }
        if (i == 0 || i >= line.Length || line[i] != '.')
        {
            return 0;
        }
        var j = i + 1;
        while (j < line.Length && IsNameByte(line[j]))
        {
            j++;
        }
        return j > i + 1 && j < line.Length && line[j] is (byte)';' or (byte)':' ? i + 1 : 0;
    }

    private static bool IsNameByte(byte b) => b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-';
}
