using System.Buffers;
using Calguard.Milter.Protocol;
using static Calguard.Milter.Tests.MtaFrames;

namespace Calguard.Milter.Tests.Protocol;

/// <summary>Golden frames for every MTA→milter command, built from the spec and the Postfix 3.7.11 capture
/// (integration-research §1.3).</summary>
public class CommandDecodingTests
{
    private static MilterCommand DecodeOne(byte[] frame)
    {
        var buffer = new ReadOnlySequence<byte>(frame);
        Assert.True(MilterCommandReader.TryRead(ref buffer, MilterCommandReader.DefaultMaxFrameSize, out MilterCommand? command));
        Assert.True(buffer.IsEmpty);
        return command;
    }

    [Fact]
    public void OptionNegotiation_as_postfix_offers_it()
    {
        // 00 00 00 0d 'O' 00000006 000001ff 001fffff
        byte[] frame = [0, 0, 0, 13, (byte)'O', 0, 0, 0, 6, 0, 0, 1, 0xff, 0, 0x1f, 0xff, 0xff];
        var command = Assert.IsType<OptionNegotiationCommand>(DecodeOne(frame));
        Assert.Equal(6u, command.Version);
        Assert.Equal((MilterActions)0x1FF, command.Actions);
        Assert.Equal((MilterProtocolFlags)0x1FFFFF, command.Protocol);
    }

    [Fact]
    public void Macro_keeps_names_with_braces_and_order()
    {
        byte[] frame = Macro('C', ("j", "mx.example.test"), ("{daemon_name}", "mx.example.test"), ("{daemon_addr}", "127.0.0.1"),
            ("v", "Postfix 3.7.11"), ("_", "localhost [127.0.0.1]"));
        var command = Assert.IsType<MacroCommand>(DecodeOne(frame));
        Assert.Equal(MilterCommandCode.Connect, command.Stage);
        Assert.Equal(["j", "{daemon_name}", "{daemon_addr}", "v", "_"], command.Macros.Select(m => m.Key));
        Assert.Equal("localhost [127.0.0.1]", command.Macros[4].Value);
    }

    [Fact]
    public void Macro_without_pairs_is_an_empty_set()
    {
        var command = Assert.IsType<MacroCommand>(DecodeOne(Macro('H')));
        Assert.Equal(MilterCommandCode.Helo, command.Stage);
        Assert.Empty(command.Macros);
    }

    [Fact]
    public void Connect_inet4_has_big_endian_port()
    {
        // "localhost\0" '4' <port 0xC350 = 50000> "127.0.0.1\0"
        byte[] frame = Frame('C', "localhost\0"u8.ToArray(), [(byte)'4', 0xC3, 0x50], "127.0.0.1\0"u8.ToArray());
        var command = Assert.IsType<ConnectCommand>(DecodeOne(frame));
        Assert.Equal(new ConnectCommand("localhost", MilterAddressFamily.Inet, 50000, "127.0.0.1"), command);
    }

    [Fact]
    public void Connect_inet6_unix_and_unknown()
    {
        Assert.Equal(new ConnectCommand("h6", MilterAddressFamily.Inet6, 25, "::1"), DecodeOne(Connect("h6", '6', 25, "::1")));
        Assert.Equal(new ConnectCommand("local", MilterAddressFamily.Unix, 0, "/run/x.sock"), DecodeOne(Connect("local", 'L', 0, "/run/x.sock")));
        Assert.Equal(new ConnectCommand("unknown", MilterAddressFamily.Unknown, 0, ""), DecodeOne(Connect("unknown", 'U', 0, "")));
    }

    [Fact]
    public void Helo_mail_rcpt_with_esmtp_arguments()
    {
        Assert.Equal("vm", Assert.IsType<HeloCommand>(DecodeOne(Helo("vm"))).Helo);
        var mail = Assert.IsType<MailCommand>(DecodeOne(Mail("<promo@spam.example>", "SIZE=669", "BODY=8BITMIME")));
        Assert.Equal(["<promo@spam.example>", "SIZE=669", "BODY=8BITMIME"], mail.Arguments);
        var rcpt = Assert.IsType<RecipientCommand>(DecodeOne(Rcpt("<victim@example.test>")));
        Assert.Equal(["<victim@example.test>"], rcpt.Arguments);
    }

    [Fact]
    public void Header_value_has_no_leading_space_as_postfix_sends_it()
    {
        var header = Assert.IsType<HeaderCommand>(DecodeOne(Frame('L', "Subject\0plain\0"u8.ToArray()))).Header;
        Assert.Equal("Subject", header.Name);
        Assert.Equal("plain", header.Value);
        Assert.Equal("plain"u8.ToArray(), header.RawValue.ToArray());
    }

    [Fact]
    public void Header_with_invalid_utf8_keeps_raw_bytes_and_decodes_as_latin1()
    {
        byte[] value = [0x43, 0x61, 0x66, 0xE9]; // "Café" in Latin-1: not UTF-8
        var header = Assert.IsType<HeaderCommand>(DecodeOne(Frame('L', Z("Subject"), Z(value)))).Header;
        Assert.Equal(value, header.RawValue.ToArray());
        Assert.Equal("Café", header.Value);
    }

    [Fact]
    public void Body_chunk_is_copied_verbatim()
    {
        byte[] chunk = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n\0binary\0"u8.ToArray();
        var body = Assert.IsType<BodyCommand>(DecodeOne(Body(chunk)));
        Assert.Equal(chunk, body.Chunk.ToArray());
    }

    [Fact]
    public void Empty_commands()
    {
        Assert.IsType<DataCommand>(DecodeOne(Data()));
        Assert.IsType<EndOfHeadersCommand>(DecodeOne(Eoh()));
        Assert.True(Assert.IsType<EndOfMessageCommand>(DecodeOne(Eom())).FinalChunk.IsEmpty);
        Assert.IsType<AbortCommand>(DecodeOne(Abort()));
        Assert.IsType<QuitCommand>(DecodeOne(Quit()));
        Assert.IsType<QuitNewConnectionCommand>(DecodeOne(QuitNc()));
    }

    [Fact]
    public void EndOfMessage_may_carry_a_final_chunk()
    {
        var eom = Assert.IsType<EndOfMessageCommand>(DecodeOne(Frame('E', "tail\r\n"u8.ToArray())));
        Assert.Equal("tail\r\n"u8.ToArray(), eom.FinalChunk.ToArray());
    }

    [Fact]
    public void Unknown_smtp_command()
    {
        Assert.Equal("XFOO bar", Assert.IsType<UnknownCommand>(DecodeOne(Unknown("XFOO bar"))).Command);
    }

    [Fact]
    public void Absurd_length_is_rejected_from_the_four_length_bytes_alone()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[] { 0x7F, 0xFF, 0xFF, 0xFF });
        var ex = Assert.Throws<MilterProtocolException>(() => MilterCommandReader.TryRead(ref buffer, 1024 * 1024, out _));
        Assert.Contains("exceeds", ex.Message);
    }

    [Fact]
    public void Limit_is_inclusive()
    {
        byte[] atLimit = Body(new byte[99]); // length field = 100
        var buffer = new ReadOnlySequence<byte>(atLimit);
        Assert.True(MilterCommandReader.TryRead(ref buffer, 100, out _));
        buffer = new ReadOnlySequence<byte>(atLimit);
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.TryRead(ref buffer, 99, out _));
    }

    [Fact]
    public void Zero_length_is_rejected()
    {
        var buffer = new ReadOnlySequence<byte>(new byte[4]);
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.TryRead(ref buffer, 1024, out _));
    }

    [Fact]
    public void Incomplete_frame_waits_and_leaves_the_buffer_alone()
    {
        byte[] frame = Helo("mail.example");
        for (int cut = 0; cut < frame.Length; cut++)
        {
            var buffer = new ReadOnlySequence<byte>(frame, 0, cut);
            Assert.False(MilterCommandReader.TryRead(ref buffer, 1024, out _));
            Assert.Equal(cut, buffer.Length);
        }
    }

    [Fact]
    public void Frame_split_over_segments_and_followed_by_another()
    {
        byte[] bytes = [.. Header("Subject", "split"), .. Abort()];
        var first = new Segment(bytes.AsMemory(0, 3));
        Segment last = first.Append(bytes.AsMemory(3, 7)).Append(bytes.AsMemory(10));
        var buffer = new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        Assert.True(MilterCommandReader.TryRead(ref buffer, 1024, out MilterCommand? command));
        Assert.Equal("split", Assert.IsType<HeaderCommand>(command).Header.Value);
        Assert.True(MilterCommandReader.TryRead(ref buffer, 1024, out command));
        Assert.IsType<AbortCommand>(command);
        Assert.True(buffer.IsEmpty);
    }

    [Theory]
    [InlineData((byte)'Z')]
    [InlineData((byte)0)]
    public void Unknown_command_byte_is_a_protocol_error(byte code)
    {
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode(code, []));
    }

    [Fact]
    public void Malformed_frames_are_protocol_errors()
    {
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'O', new byte[11]));
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'C', "host\0"u8));
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'C', "host\0X\0\0a\0"u8));
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'C', "host\04\0"u8));
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'M', []));
        Assert.Throws<MilterProtocolException>(() => MilterCommandReader.Decode((byte)'D', []));
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
