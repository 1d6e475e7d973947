using System.Text;
using Calguard.Milter.Protocol;
using static Calguard.Milter.Tests.MtaFrames;

namespace Calguard.Milter.Tests;

/// <summary>
/// Replays the conversation Postfix 3.7.11 had with a milter (integration-research §1.3) against the server over
/// loopback TCP and asserts the exact responses.
/// </summary>
public class PostfixReplayTests
{
    internal const string QueueId = "4Xq7Kd0ZTsz9sW";

    internal static readonly byte[] InviteBody = Encoding.ASCII.GetBytes(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:promo-1@spam.example\r\n" +
        "SUMMARY:You won\r\nDTSTART:20261201T100000Z\r\nORGANIZER:mailto:promo@spam.example\r\n" +
        "ATTENDEE:mailto:victim@example.test\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");

    /// <summary>The OPTNEG reply we expect to Postfix's offer of everything (0x1FF / 0x1FFFFF).</summary>
    internal static byte[] ExpectedOptNegReply() => Frame('O',
    [
        U32(6), U32(0x133), U32(0x7F480),
        .. MilterServerOptions.DefaultMacros.OrderBy(m => m.Key).SelectMany(m => new[] { U32((uint)m.Key), Z(m.Value) }),
    ]);

    /// <summary>Everything Postfix sends from the CONNECT macros up to the first body chunk.</summary>
    internal static byte[][] PostfixMessage(string client = "127.0.0.1", ushort port = 43210, string helo = "vm", string subject = "plain", string queueId = QueueId) =>
    [
        Macro('C', ("j", "mx.example.test"), ("{daemon_name}", "mx.example.test"), ("{daemon_addr}", "127.0.0.1"),
            ("v", "Postfix 3.7.11"), ("_", $"localhost [{client}]"), ("{client_addr}", client)),
        Connect("localhost", '4', port, client),
        Macro('H'),
        Helo(helo),
        .. PostfixTransaction(subject, queueId),
    ];

    /// <summary>One MAIL…BODY transaction as Postfix sends it (macros before each command, no leading space).</summary>
    internal static byte[][] PostfixTransaction(string subject, string queueId) =>
    [
        Macro('M', ("{mail_addr}", "promo@spam.example"), ("{mail_host}", "spam.example"), ("{mail_mailer}", "smtp"), ("{auth_authen}", "alice")),
        Mail("<promo@spam.example>", "SIZE=669"),
        Macro('R', ("{rcpt_addr}", "victim@example.test"), ("{rcpt_host}", "example.test"), ("{rcpt_mailer}", "virtual")),
        Rcpt("<victim@example.test>"),
        Macro('R', ("{rcpt_addr}", "other@example.test"), ("{rcpt_host}", "example.test"), ("{rcpt_mailer}", "virtual")),
        Rcpt("<other@example.test>", "NOTIFY=NEVER"),
        Macro('T', ("i", queueId)),
        Data(),
        Macro('L', ("i", queueId)),
        Header("Received", "from vm (localhost [127.0.0.1])\n\tby mx.example.test (Postfix) with ESMTP id " + queueId),
        Macro('L', ("i", queueId)),
        Header("Subject", subject),
        Macro('L', ("i", queueId)),
        Header("Content-Type", "text/calendar; method=REQUEST"),
        Macro('N', ("i", queueId)),
        Eoh(),
        Macro('B', ("i", queueId)),
        Body(InviteBody),
    ];

    [Fact]
    public async Task Postfix_conversation_gets_the_exact_responses()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept().AddHeader("X-CalSpam-Probe", "seen"));
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);

        MtaResponse optneg = await mta.NegotiateAsync();
        Assert.Equal(ExpectedOptNegReply(), Frame('O', optneg.Data));

        await mta.SendAsync(PostfixMessage());

        // CONNECT…EOH were negotiated as no-reply: the first answer is the body chunk's CONTINUE.
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        await mta.SendAsync(Macro('E', ("i", QueueId)));
        List<MtaResponse> eom = await mta.EndOfMessageAsync();
        Assert.Equal(["h X-CalSpam-Probe | seen", "a"], eom.Select(r => r.ToString()));

        // End of the SMTP session: two ABORTs (no reply), then QUIT closes.
        await mta.SendAsync(Abort(), Abort(), Quit());
        await mta.AssertClosedAsync();

        MilterMessage message = Assert.Single(milter.Messages);
        Assert.Equal(new MilterConnectionInfo("localhost", "127.0.0.1", 43210, MilterAddressFamily.Inet), message.Connection);
        Assert.Equal("vm", message.Helo);
        Assert.Equal("promo@spam.example", message.Sender);
        Assert.Equal(["SIZE=669"], message.SenderArguments);
        Assert.Equal(["victim@example.test", "other@example.test"], message.Recipients.Select(r => r.Address));
        Assert.Equal(["NOTIFY=NEVER"], message.Recipients[1].Arguments);
        Assert.Equal("other@example.test", message.Recipients[1].Macros["{rcpt_addr}"]);
        Assert.Equal("victim@example.test", message.Recipients[0].Macros["{rcpt_addr}"]);
        Assert.Equal(["Received", "Subject", "Content-Type"], message.Headers.Select(h => h.Name));
        Assert.Equal("plain", message.Headers[1].Value);
        Assert.Equal(InviteBody, message.Body.ToArray());
        Assert.False(message.Oversize);
        Assert.Equal(QueueId, message.QueueId);
        Assert.Equal("alice", message.GetMacro("auth_authen"));
        Assert.Equal("alice", message.GetMacro("{auth_authen}"));
        Assert.Equal("127.0.0.1", message.GetMacro("client_addr"));
        Assert.Equal("mx.example.test", message.Macros["j"]);
        Assert.Equal("promo@spam.example", message.MacrosByStage[MilterMacroStage.Mail]["{mail_addr}"]);
        Assert.Equal(message.ToRfc5322().LongLength, message.ByteCount);
    }

    [Fact]
    public async Task Rebuilt_message_has_colon_space_crlf_folding_and_body()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept());
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync();
        await mta.SendAsync(PostfixMessage());
        await mta.ReadAsync();
        await mta.EndOfMessageAsync();

        string expected =
            "Received: from vm (localhost [127.0.0.1])\r\n\tby mx.example.test (Postfix) with ESMTP id " + QueueId + "\r\n" +
            "Subject: plain\r\nContent-Type: text/calendar; method=REQUEST\r\n\r\n" + Encoding.ASCII.GetString(InviteBody);
        Assert.Equal(expected, Encoding.ASCII.GetString(Assert.Single(milter.Messages).ToRfc5322()));
    }

    [Fact]
    public async Task Second_message_in_the_session_and_quit_nc_reuse_start_clean()
    {
        await using var milter = await TestMilter.StartAsync(m => MilterDecision.Accept().AddHeader("X-N", m.Headers.First(h => h.Name == "Subject").Value));
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync();

        await mta.SendAsync(PostfixMessage(subject: "one", queueId: "Q1"));
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        Assert.Equal(["h X-N | one", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));

        // Same SMTP session, next message: ABORT, ABORT, then a new transaction.
        await mta.SendAsync([Abort(), Abort(), .. PostfixTransaction("two", "Q2")]);
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        Assert.Equal(["h X-N | two", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));

        // QUIT_NC: the milter connection is reused for a new SMTP connection (new CONNECT, no new OPTNEG).
        await mta.SendAsync([Abort(), QuitNc(), .. PostfixMessage(client: "192.0.2.9", port: 2525, helo: "other", subject: "three", queueId: "Q3")]);
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        Assert.Equal(["h X-N | three", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        await mta.SendAsync(Quit());
        await mta.AssertClosedAsync();

        MilterMessage[] messages = [.. milter.Messages];
        Assert.Equal(["Q1", "Q2", "Q3"], messages.Select(m => m.QueueId));
        Assert.All(messages, m => Assert.Equal(3, m.Headers.Count));
        Assert.All(messages, m => Assert.Equal(InviteBody, m.Body.ToArray()));
        Assert.Equal("vm", messages[1].Helo);
        Assert.Equal("192.0.2.9", messages[2].Connection.Address);
        Assert.Equal("other", messages[2].Helo);
        Assert.Equal(2, messages[1].Recipients.Count);
    }

    [Fact]
    public async Task Without_nr_bits_every_callback_is_answered_with_continue()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Continue());
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        MtaResponse optneg = await mta.NegotiateAsync(actions: 0x3F, protocol: 0x7F, version: 2);
        Assert.Equal(Frame('O', U32(2), U32(0x33), U32(0)), Frame('O', optneg.Data));

        foreach (byte[] frame in new[]
        {
            Connect("localhost", '4', 1, "127.0.0.1"), Helo("vm"), Mail("<a@b>"), Rcpt("<c@d>"), Header("Subject", "x"),
            Eoh(), Body("hello\r\n"), Unknown("XFOO"),
        })
        {
            await mta.SendAsync(frame);
            Assert.Equal('c', (await mta.ReadAsync()).Code);
        }

        Assert.Equal(["c"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
    }
}
