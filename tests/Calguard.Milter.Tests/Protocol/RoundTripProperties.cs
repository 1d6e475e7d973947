using System.Buffers;
using System.Text;
using Calguard.Milter.Protocol;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Calguard.Milter.Tests.Protocol;

/// <summary>Encode/decode round trips over arbitrary bytes, <c>%</c> and long values.</summary>
public class RoundTripProperties
{
    /// <summary>Non-NUL bytes weighted towards the awkward ones: %, CR, LF, high bytes; short, medium and 64 KB-scale lengths.</summary>
    private static readonly Gen<byte> WireByte =
        Gen.Frequency(
                (4, Gen.Choose(0x20, 0x7E)),
                (2, Gen.Constant((int)'%')),
                (1, Gen.Elements((int)'\r', (int)'\n', (int)'\t')),
                (2, Gen.Choose(0x80, 0xFF)),
                (1, Gen.Choose(1, 0x1F)))
            .Select(b => (byte)b);

    private static readonly Gen<byte[]> WireBytes =
        Gen.Frequency((6, Gen.Choose(0, 40)), (3, Gen.Choose(0, 2000)), (1, Gen.Choose(60000, 70000)))
            .SelectMany(length => WireByte.ArrayOf(length));

    private static readonly Gen<string> Text =
        Gen.Frequency(
                (5, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
                (2, Gen.Constant('%')),
                (1, Gen.Elements('é', 'ü', '日', '€')))
            .ArrayOf()
            .Select(chars => new string(chars));

    private static MilterCommand Decode(byte[] frame)
    {
        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.True(MilterCommandReader.TryRead(ref buffer, MilterCommandReader.DefaultMaxFrameSize, out MilterCommand? command));
        return command;
    }

    [Property(MaxTest = 200)]
    public Property Header_raw_bytes_survive_decoding() =>
        Prop.ForAll(Arb.From(WireBytes.Where(b => b.Length > 0)), Arb.From(WireBytes), (name, value) =>
        {
            var header = ((HeaderCommand)Decode(MtaFrames.Frame('L', MtaFrames.Z(name), MtaFrames.Z(value)))).Header;
            return header.RawName.Span.SequenceEqual(name) && header.RawValue.Span.SequenceEqual(value);
        });

    [Property(MaxTest = 200)]
    public Property Body_chunk_bytes_survive_decoding() =>
        Prop.ForAll(Arb.From(WireBytes), chunk =>
            ((BodyCommand)Decode(MtaFrames.Body(chunk))).Chunk.Span.SequenceEqual(chunk));

    [Property(MaxTest = 200)]
    public Property Utf8_strings_decode_to_the_same_string() =>
        Prop.ForAll(Arb.From(Text), Arb.From(Text), (name, value) =>
        {
            var macro = (MacroCommand)Decode(MtaFrames.Macro('M', (name, value)));
            var helo = (HeloCommand)Decode(MtaFrames.Helo(value));
            return macro.Macros.Single().Key == name && macro.Macros.Single().Value == value && helo.Helo == value;
        });

    [Property(MaxTest = 200)]
    public Property Added_header_strings_round_trip() =>
        Prop.ForAll(Arb.From(Text.Where(t => t.Length > 0)), Arb.From(Text), (name, value) =>
        {
            var output = new ArrayBufferWriter<byte>();
            MilterResponseWriter.WriteAddHeader(output, name, value);
            MtaResponse frame = MtaFrames.SplitResponses(output.WrittenSpan).Single();
            return frame.Code == 'h' && frame.Strings().SequenceEqual([name, value]);
        });

    [Property(MaxTest = 200)]
    public Property Reply_text_with_percent_comes_back_after_undoubling() =>
        Prop.ForAll(Arb.From(Text.Where(t => t.IndexOfAny(['\r', '\n']) < 0)), text =>
        {
            var output = new ArrayBufferWriter<byte>();
            MilterResponseWriter.WriteReplyCode(output, new MilterSmtpReply("550", "5.7.1", text));
            string wire = MtaFrames.SplitResponses(output.WrittenSpan).Single().Strings().Single();
            return wire == "550 5.7.1 " + text.Replace("%", "%%") && wire[10..].Replace("%%", "%") == text;
        });

    [Property(MaxTest = 50)]
    public Property Replacement_body_chunks_concatenate_to_the_body() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 300_000)), length =>
        {
            byte[] body = new byte[length];
            new Random(length).NextBytes(body);
            var output = new ArrayBufferWriter<byte>();
            MilterResponseWriter.WriteReplaceBody(output, body);
            List<MtaResponse> frames = MtaFrames.SplitResponses(output.WrittenSpan);
            return frames.All(f => f.Code == 'b' && f.Data.Length <= 65535)
                && frames.Count == Math.Max(1, (length + 65534) / 65535)
                && frames.SelectMany(f => f.Data).SequenceEqual(body);
        });

    [Fact]
    public void Latin1_fallback_is_lossless_for_invalid_utf8()
    {
        byte[] bytes = [0xFF, 0xFE, 0x25, 0x80];
        Assert.Equal(bytes, Encoding.Latin1.GetBytes(MilterText.Decode(bytes)));
    }
}
