using System.Buffers;
using Calguard.Milter.Protocol;

namespace Calguard.Milter.Tests.Protocol;

/// <summary>Golden frames for every milter→MTA reply and action.</summary>
public class ResponseEncodingTests
{
    private static byte[] Encode(Action<IBufferWriter<byte>> write)
    {
        var output = new ArrayBufferWriter<byte>();
        write(output);
        return output.WrittenSpan.ToArray();
    }

    [Theory]
    [InlineData(MilterResponseCode.Continue, 'c')]
    [InlineData(MilterResponseCode.Accept, 'a')]
    [InlineData(MilterResponseCode.Reject, 'r')]
    [InlineData(MilterResponseCode.Tempfail, 't')]
    [InlineData(MilterResponseCode.Discard, 'd')]
    [InlineData(MilterResponseCode.Progress, 'p')]
    [InlineData(MilterResponseCode.Skip, 's')]
    public void Data_less_replies(MilterResponseCode code, char wire)
    {
        Assert.Equal(new byte[] { 0, 0, 0, 1, (byte)wire }, Encode(o => MilterResponseWriter.WriteSimple(o, code)));
    }

    [Fact]
    public void Data_carrying_codes_are_refused_by_WriteSimple()
    {
        Assert.Throws<ArgumentException>(() => Encode(o => MilterResponseWriter.WriteSimple(o, MilterResponseCode.AddHeader)));
    }

    [Fact]
    public void OptionNegotiation_reply_as_in_the_postfix_capture()
    {
        // <- O 00000006 00000033 00000000
        byte[] expected = [0, 0, 0, 13, (byte)'O', 0, 0, 0, 6, 0, 0, 0, 0x33, 0, 0, 0, 0];
        Assert.Equal(expected, Encode(o => MilterResponseWriter.WriteOptionNegotiation(o, 6, (MilterActions)0x33, 0)));
    }

    [Fact]
    public void OptionNegotiation_reply_with_macro_lists_in_stage_order()
    {
        var macros = new Dictionary<MilterMacroStage, string>
        {
            [MilterMacroStage.EndOfMessage] = "i",
            [MilterMacroStage.Mail] = "{auth_authen} {mail_addr}",
        };
        byte[] expected =
        [
            .. MtaFrames.Frame('O', MtaFrames.U32(6), MtaFrames.U32(0x133), MtaFrames.U32(0x400),
                MtaFrames.U32(2), MtaFrames.Z("{auth_authen} {mail_addr}"), MtaFrames.U32(5), MtaFrames.Z("i")),
        ];
        Assert.Equal(expected, Encode(o => MilterResponseWriter.WriteOptionNegotiation(o, 6, (MilterActions)0x133, MilterProtocolFlags.Skip, macros)));
    }

    [Fact]
    public void ReplyCode_doubles_percent()
    {
        var reply = new MilterSmtpReply("550", "5.7.1", "100% calendar spam");
        Assert.Equal(MtaFrames.Frame('y', MtaFrames.Z("550 5.7.1 100%% calendar spam")), Encode(o => MilterResponseWriter.WriteReplyCode(o, reply)));
        var plain = new MilterSmtpReply("451", null, "later");
        Assert.Equal(MtaFrames.Frame('y', MtaFrames.Z("451 later")), Encode(o => MilterResponseWriter.WriteReplyCode(o, plain)));
    }

    [Theory]
    [InlineData("250", "2.0.0")]
    [InlineData("55", null)]
    [InlineData("550", "4.7.1")]
    [InlineData("450", "5.7.1")]
    [InlineData("550", "5.7")]
    public void ReplyCode_validates_the_class(string code, string? enhanced)
    {
        Assert.Throws<ArgumentException>(() => new MilterSmtpReply(code, enhanced, "text"));
    }

    [Fact]
    public void ReplyCode_text_must_be_one_line()
    {
        Assert.Throws<ArgumentException>(() => new MilterSmtpReply("550", "5.7.1", "a\r\n550 b"));
    }

    [Fact]
    public void AddHeader_InsertHeader_ChangeHeader_Quarantine()
    {
        Assert.Equal(MtaFrames.Frame('h', MtaFrames.Z("X-Calguard-Verdict"), MtaFrames.Z("spam")),
            Encode(o => MilterResponseWriter.WriteAddHeader(o, "X-Calguard-Verdict", "spam")));
        Assert.Equal(MtaFrames.Frame('i', MtaFrames.U32(0), MtaFrames.Z("X-First"), MtaFrames.Z("1")),
            Encode(o => MilterResponseWriter.WriteInsertHeader(o, 0, "X-First", "1")));
        Assert.Equal(MtaFrames.Frame('m', MtaFrames.U32(2), MtaFrames.Z("Received"), MtaFrames.Z("")),
            Encode(o => MilterResponseWriter.WriteChangeHeader(o, 2, "Received", "")));
        Assert.Equal(MtaFrames.Frame('q', MtaFrames.Z("calendar spam")),
            Encode(o => MilterResponseWriter.WriteQuarantine(o, "calendar spam")));
    }

    [Fact]
    public void Strings_with_nul_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Encode(o => MilterResponseWriter.WriteAddHeader(o, "X", "a\0b")));
    }

    [Fact]
    public void ReplaceBody_of_200_KB_is_split_into_65535_byte_chunks()
    {
        byte[] body = new byte[200 * 1024];
        new Random(7).NextBytes(body);
        List<MtaResponse> frames = MtaFrames.SplitResponses(Encode(o => MilterResponseWriter.WriteReplaceBody(o, body)));
        Assert.All(frames, f => Assert.Equal('b', f.Code));
        Assert.Equal([65535, 65535, 65535, (200 * 1024) - (3 * 65535)], frames.Select(f => f.Data.Length));
        Assert.Equal(body, frames.SelectMany(f => f.Data).ToArray());
    }

    [Fact]
    public void ReplaceBody_exactly_one_chunk_and_empty()
    {
        Assert.Single(MtaFrames.SplitResponses(Encode(o => MilterResponseWriter.WriteReplaceBody(o, new byte[65535]))));
        Assert.Equal(MtaFrames.Frame('b'), Encode(o => MilterResponseWriter.WriteReplaceBody(o, [])));
    }
}
