using System.Text;
using Calguard.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MimeKit.Encodings;

namespace Calguard.Core.Tests.Reading;

public class WellFormedBase64Tests
{
    // What MessageReader's chunked path gives: MimeKit's decoder fed 4 KB chunks, a chunk that decodes to nothing ending it.
    private static byte[] MimeKitDecode(byte[] encoded)
    {
        var decoder = new Base64Decoder();
        var output = new List<byte>();
        for (var at = 0; at < encoded.Length; at += 4096)
        {
            var n = Math.Min(4096, encoded.Length - at);
            var chunk = new byte[decoder.EstimateOutputLength(n)];
            var m = decoder.Decode(encoded, at, n, chunk);
            if (m <= 0)
            {
                break;
            }
            output.AddRange(chunk.AsSpan(0, m).ToArray());
        }
        return [.. output];
    }

    private static (bool Ok, byte[] Bytes) Fast(byte[] encoded)
    {
        var output = new byte[WellFormedBase64.MaxDecodedLength(encoded.Length)];
        var ok = WellFormedBase64.TryDecode(encoded, output, out var written);
        return (ok, ok ? output[..written] : []);
    }

    private static byte[] Encode(byte[] data, int lineLength, string lineEnd, string trailer)
    {
        var text = Convert.ToBase64String(data);
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i += lineLength)
        {
            sb.Append(text, i, Math.Min(lineLength, text.Length - i)).Append(lineEnd);
        }
        return Encoding.ASCII.GetBytes(sb.ToString().TrimEnd('\r', '\n') + trailer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("AB")]
    [InlineData("ABC")]
    [InlineData("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")]
    public void Well_formed_base64_decodes_as_MimeKit_does(string text)
    {
        foreach (var lineEnd in new[] { "\r\n", "\n", "\r" })
        {
            foreach (var trailer in new[] { "", "\r\n", "\n\n\n" })
            {
                var encoded = Encode(Encoding.UTF8.GetBytes(text), 76, lineEnd, trailer);
                var (ok, bytes) = Fast(encoded);
                Assert.True(ok);
                Assert.Equal(MimeKitDecode(encoded), bytes);
                Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
            }
        }
    }

    [Theory]
    [InlineData("QUJD RA==")] // a space
    [InlineData("QUJDRA=")] // short padding
    [InlineData("QUJDR")] // an unfinished quantum
    [InlineData("QU=JDRA==")] // '=' inside
    [InlineData("QUJD\r\n\r\nRA==")] // a blank line inside
    [InlineData("QUJD\r\n\r\n")] // ... is fine at the end, see below
    [InlineData("QUJDRA==QUJD")] // data after the padding
    [InlineData("QUJDRA==\r\nQUJD")]
    [InlineData("QUJD\tRA==")]
    [InlineData("QUJD-RA==")]
    [InlineData("QUJDRA===")]
    public void Anything_else_is_left_to_MimeKit_or_decodes_the_same(string text)
    {
        var encoded = Encoding.ASCII.GetBytes(text);
        var (ok, bytes) = Fast(encoded);
        if (text == "QUJD\r\n\r\n")
        {
            Assert.True(ok);
        }
        else
        {
            Assert.False(ok);
        }
        if (ok)
        {
            Assert.Equal(MimeKitDecode(encoded), bytes);
        }
    }

    // Line lengths that are whole quanta, so the padding never starts a line of its own (refused: '=' then a line end then '=').
    private static readonly Gen<byte[]> Encodings = EncodingsWith(Gen.Elements(4, 20, 64, 72, 76, 996, 20_000));

    private static Gen<byte[]> EncodingsWith(Gen<int> lineLengths) =>
        from length in Gen.Choose(0, 12_000)
        from seed in Gen.Choose(0, int.MaxValue)
        from lineLength in lineLengths
        from lineEnd in Gen.Elements("\r\n", "\n", "\r")
        from trailer in Gen.Elements("", "\r\n", "\n", "\r\n\r\n\r\n")
        select Encode(Bytes(length, seed), lineLength, lineEnd, trailer);

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    // Damage: a byte replaced, inserted or removed, anywhere.
    private static readonly Gen<byte[]> Damaged =
        from encoded in EncodingsWith(Gen.Elements(1, 3, 19, 64, 75, 76, 998))
        from edits in Gen.Choose(1, 3)
        from seed in Gen.Choose(0, int.MaxValue)
        select Damage(encoded, edits, seed);

    private static byte[] Damage(byte[] encoded, int edits, int seed)
    {
        var random = new Random(seed);
        var bytes = new List<byte>(encoded);
        byte[] pick = "=\r\n \t-_.*A/+\0\u00ff"u8.ToArray();
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(bytes.Count + 1);
            var b = pick[random.Next(pick.Length)];
            switch (random.Next(3))
            {
                case 0 when at < bytes.Count:
                    bytes[at] = b;
                    break;
                case 1 when at < bytes.Count:
                    bytes.RemoveAt(at);
                    break;
                default:
                    bytes.Insert(at, b);
                    break;
            }
        }
        return [.. bytes];
    }

    [Property(MaxTest = 300)]
    public Property Every_well_formed_encoding_decodes_as_MimeKit_does() =>
        Prop.ForAll(Arb.From(Encodings), encoded =>
        {
            var (ok, bytes) = Fast(encoded);
            Assert.True(ok);
            Assert.Equal(MimeKitDecode(encoded), bytes);
        });

    [Property(MaxTest = 1000)]
    public Property A_damaged_encoding_is_refused_or_decodes_as_MimeKit_does() =>
        Prop.ForAll(Arb.From(Damaged), encoded =>
        {
            var (ok, bytes) = Fast(encoded);
            if (ok)
            {
                Assert.Equal(MimeKitDecode(encoded), bytes);
            }
        });
}
