using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Calguard.Milter.Protocol;
using static Calguard.Milter.Tests.MtaFrames;

namespace Calguard.Milter.Tests;

/// <summary>Failure path, limits, bad input and stop behaviour of sessions run by <see cref="MilterServer"/>.</summary>
public class SessionBehaviourTests
{
    private static async Task<MtaClient> OpenMessageAsync(TestMilter milter, uint actions = 0x1FF, uint protocol = 0x1FFFFF)
    {
        var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync(actions, protocol);
        await mta.SendAsync(PostfixReplayTests.PostfixMessage());
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        return mta;
    }

    [Fact]
    public async Task Handler_exception_accepts_with_the_error_header()
    {
        await using var milter = await TestMilter.StartAsync(_ => throw new InvalidOperationException("boom"));
        await using var mta = await OpenMessageAsync(milter);
        Assert.Equal(["h X-Calguard-Error | exception", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        Assert.Contains(milter.Log, l => l.Contains("boom"));
    }

    [Fact]
    public async Task Async_handler_exception_and_null_decision_take_the_failure_path()
    {
        int call = 0;
        await using var milter = await TestMilter.StartAsync(async (_, _) =>
        {
            await Task.Yield();
            return ++call == 1 ? throw new IOException("store down") : null!;
        });
        await using var mta = await OpenMessageAsync(milter);
        Assert.Equal(["h X-Calguard-Error | exception", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        await mta.SendAsync([Abort(), .. PostfixReplayTests.PostfixTransaction("again", "Q2")]);
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        Assert.Equal(["h X-Calguard-Error | exception", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
    }

    [Fact]
    public async Task Budget_overrun_sends_progress_then_the_timeout_decision()
    {
        CancellationToken seen = default;
        await using var milter = await TestMilter.StartAsync(
            async (_, token) =>
            {
                seen = token;
                await Task.Delay(Timeout.Infinite, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
                return MilterDecision.Reject();
            },
            o =>
            {
                // A budget twenty intervals long: on a loaded machine a 200 ms delay once woke after the whole
                // 700 ms budget had gone, and later none of ten 200 ms intervals within a 2 s budget came round
                // while every test project ran at once on two cores; no PROGRESS was due and the test failed without a fault.
                o.MessageBudget = TimeSpan.FromMilliseconds(4000);
                o.ProgressInterval = TimeSpan.FromMilliseconds(200);
            });
        await using var mta = await OpenMessageAsync(milter);
        var clock = Stopwatch.StartNew();
        List<MtaResponse> responses = await mta.EndOfMessageAsync();
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(3900), TimeSpan.FromSeconds(9));
        Assert.InRange(responses.Count(r => r.Code == 'p'), 1, 20); // at most one per 200 ms within the 4 s budget
        Assert.Equal(["h X-Calguard-Error | timeout", "a"], responses.Where(r => r.Code != 'p').Select(r => r.ToString()));
        Assert.True(seen.IsCancellationRequested, "the handler's token is cancelled when its budget runs out");
    }

    [Fact]
    public async Task Custom_OnFailure_is_used_and_a_throwing_one_falls_back_to_the_default()
    {
        await using var milter = await TestMilter.StartAsync(
            m => m.Headers.Any(h => h.Value == "plain") ? throw new InvalidOperationException() : MilterDecision.Accept(),
            o =>
            {
                o.FailureHeaderName = "X-Fail";
                o.OnFailure = f => f.Message.QueueId == "Q2" ? throw new InvalidOperationException("bad policy") : MilterDecision.Tempfail("451", "4.3.0", $"try later ({f.Token})");
            });
        await using var mta = await OpenMessageAsync(milter);
        Assert.Equal(["y 451 4.3.0 try later (exception)"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        await mta.SendAsync([Abort(), .. PostfixReplayTests.PostfixTransaction("plain", "Q2")]);
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        Assert.Equal(["h X-Fail | exception", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
    }

    [Fact]
    public async Task Every_modification_is_encoded_in_order_before_the_final_action()
    {
        byte[] newBody = new byte[200 * 1024];
        Array.Fill(newBody, (byte)'x');
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Reject("550", "5.7.1", "100% calendar spam")
            .AddHeader("X-Calguard-Verdict", "spam")
            .InsertHeader(0, "X-First", "1")
            .ChangeHeader("Content-Type", 1, "text/plain")
            .DeleteHeader("Received", 1)
            .ReplaceBody(newBody)
            .Quarantine("calendar spam"));
        await using var mta = await OpenMessageAsync(milter);
        List<MtaResponse> responses = await mta.EndOfMessageAsync();
        Assert.Equal(
        [
            "h X-Calguard-Verdict | spam", "i 0 X-First | 1", "m 1 Content-Type | text/plain", "m 1 Received | ",
            "b <65535 bytes>", "b <65535 bytes>", "b <65535 bytes>", "b <8195 bytes>", "q calendar spam",
            "y 550 5.7.1 100%% calendar spam",
        ], responses.Select(r => r.ToString()));
        Assert.Equal(newBody, responses.Where(r => r.Code == 'b').SelectMany(r => r.Data).ToArray());
    }

    [Fact]
    public async Task Modifications_the_mta_did_not_offer_are_dropped_not_sent()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept().AddHeader("X-A", "1").Quarantine("hold").ReplaceBody(new byte[] { 1 }));
        await using var mta = await OpenMessageAsync(milter, actions: (uint)MilterActions.AddHeaders);
        Assert.Equal(["h X-A | 1", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        Assert.Contains(milter.Log, l => l.Contains("Quarantine"));
    }

    [Theory]
    [InlineData(MilterFinalAction.Accept, "a")]
    [InlineData(MilterFinalAction.Continue, "c")]
    [InlineData(MilterFinalAction.Discard, "d")]
    [InlineData(MilterFinalAction.Reject, "r")]
    [InlineData(MilterFinalAction.Tempfail, "t")]
    public async Task Final_actions(MilterFinalAction action, string wire)
    {
        MilterDecision decision = action switch
        {
            MilterFinalAction.Accept => MilterDecision.Accept(),
            MilterFinalAction.Continue => MilterDecision.Continue(),
            MilterFinalAction.Discard => MilterDecision.Discard(),
            MilterFinalAction.Reject => MilterDecision.Reject(),
            _ => MilterDecision.Tempfail(),
        };
        await using var milter = await TestMilter.StartAsync(_ => decision);
        await using var mta = await OpenMessageAsync(milter);
        Assert.Equal([wire], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
    }

    [Fact]
    public void Decision_validates_headers_and_codes()
    {
        Assert.Throws<ArgumentException>(() => MilterDecision.Accept().AddHeader("Bad Name", "v"));
        Assert.Throws<ArgumentException>(() => MilterDecision.Accept().AddHeader("X-A", "one\r\nX-Injected: two"));
        Assert.Equal("one\r\n two", ((MilterModification.AddHeader)MilterDecision.Accept().AddHeader("X-A", "one\r\n two").Modifications[0]).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => MilterDecision.Accept().ChangeHeader("Subject", 0, "x"));
        Assert.Throws<ArgumentException>(() => MilterDecision.Reject("451", "4.7.1", "x"));
        Assert.Throws<ArgumentException>(() => MilterDecision.Tempfail("550", "5.7.1", "x"));
        Assert.Empty(MilterDecision.Accept().Modifications);
        Assert.Single(MilterDecision.Accept().AddHeader("X", "y").Modifications);
    }

    [Fact]
    public async Task Oversize_message_stops_buffering_and_answers_skip()
    {
        await using var milter = await TestMilter.StartAsync(m => MilterDecision.Accept().AddHeader("X-Oversize", m.Oversize ? "yes" : "no"),
            o => o.MaxMessageSize = 1024);
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync();
        await mta.SendAsync(Connect("localhost", '4', 1, "127.0.0.1"), Mail("<a@b>"), Rcpt("<c@d>"), Header("Subject", "big"), Eoh());
        byte[] chunk = Encoding.ASCII.GetBytes(new string('z', 598) + "\r\n");
        await mta.SendAsync(Body(chunk));
        Assert.Equal('c', (await mta.ReadAsync()).Code); // 600 + 14 header bytes fit in 1024
        await mta.SendAsync(Body(chunk));
        Assert.Equal('s', (await mta.ReadAsync()).Code); // over the limit: SKIP
        Assert.Equal(["h X-Oversize | yes", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));

        MilterMessage message = Assert.Single(milter.Messages);
        Assert.True(message.Oversize);
        Assert.Equal(1024 - 14 - 2, message.Body.Length); // "Subject: big\r\n" = 14, blank line = 2
        Assert.Equal(chunk, message.Body[..600].ToArray());
        Assert.Equal(14 + 2 + 1200, message.ByteCount);
    }

    [Fact]
    public async Task Oversize_without_skip_answers_continue()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept(), o => o.MaxMessageSize = 100);
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync(protocol: 0x3FF); // no SKIP, no NR_BODY
        await mta.SendAsync(Connect("h", '4', 1, "127.0.0.1"));
        Assert.Equal('c', (await mta.ReadAsync()).Code);
        await mta.SendAsync(Mail("<a@b>"), Rcpt("<c@d>"), Eoh(), Body(new byte[500]));
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal('c', (await mta.ReadAsync()).Code); // MAIL, RCPT, EOH, and the oversize body chunk
        }

        Assert.Equal(["a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        Assert.Equal(98, Assert.Single(milter.Messages).Body.Length);
    }

    [Fact]
    public async Task Absurd_frame_closes_that_connection_only()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept());
        await using var bad = await MtaClient.ConnectAsync(milter.EndPoint);
        await bad.NegotiateAsync();
        await bad.SendAsync([0x7F, 0xFF, 0xFF, 0xFF, (byte)'B']);
        await bad.AssertClosedAsync(TimeSpan.FromSeconds(5));
        Assert.Contains(milter.Log, l => l.Contains("protocol error") && l.Contains("exceeds"));

        await using var good = await OpenMessageAsync(milter);
        Assert.Equal(["a"], (await good.EndOfMessageAsync()).Select(r => r.ToString()));
    }

    [Theory]
    [InlineData("rcpt before mail")]
    [InlineData("connect before optneg")]
    [InlineData("unknown command byte")]
    [InlineData("truncated connect")]
    public async Task Protocol_violations_close_the_connection(string violation)
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept());
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        if (violation != "connect before optneg")
        {
            await mta.NegotiateAsync();
        }

        await mta.SendAsync(violation switch
        {
            "rcpt before mail" => [Connect("h", '4', 1, "127.0.0.1"), Rcpt("<c@d>")],
            "connect before optneg" => [Connect("h", '4', 1, "127.0.0.1")],
            "unknown command byte" => [Frame('Z')],
            _ => [Frame('C', Z("host"))],
        });
        await mta.AssertClosedAsync(TimeSpan.FromSeconds(5));
        Assert.Contains(milter.Log, l => l.Contains("protocol error"));
    }

    [Fact]
    public async Task Silent_mta_hits_the_read_timeout()
    {
        await using var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept(), o => o.ReadTimeout = TimeSpan.FromMilliseconds(300));
        await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
        await mta.NegotiateAsync();
        await mta.SendAsync(Connect("h", '4', 1, "127.0.0.1"), Mail("<a@b>"), [0, 0, 0, 9, (byte)'R']); // half a frame
        var clock = Stopwatch.StartNew();
        await mta.AssertClosedAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(3));
        Assert.Contains(milter.Log, l => l.Contains("no frame from the MTA"));
    }

    [Fact]
    public async Task Stop_finishes_the_message_in_flight_closes_idle_connections_and_refuses_new_ones()
    {
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        await using var milter = await TestMilter.StartAsync(async (_, _) =>
        {
            entered.TrySetResult();
            await release.Task;
            return MilterDecision.Accept().AddHeader("X-Done", "1");
        });
        await using var idle = await MtaClient.ConnectAsync(milter.EndPoint);
        await idle.NegotiateAsync();
        await using var busy = await OpenMessageAsync(milter);
        await busy.SendAsync(Eom());
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Task stop = milter.Server.StopAsync(TimeSpan.FromSeconds(10));
        await idle.AssertClosedAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAnyAsync<SocketException>(() => MtaClient.ConnectAsync(milter.EndPoint));
        Assert.False(stop.IsCompleted);

        release.SetResult();
        Assert.Equal("h X-Done | 1", (await busy.ReadAsync()).ToString());
        Assert.Equal('a', (await busy.ReadAsync()).Code);
        await busy.AssertClosedAsync(TimeSpan.FromSeconds(5));
        await stop.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, milter.Server.ActiveConnections);
    }

    [Fact]
    public async Task Stop_deadline_sends_the_shutdown_failure_decision()
    {
        var entered = new TaskCompletionSource();
        await using var milter = await TestMilter.StartAsync(async (_, token) =>
        {
            entered.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return MilterDecision.Reject();
        });
        await using var busy = await OpenMessageAsync(milter);
        await busy.SendAsync(Eom());
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(5));

        var clock = Stopwatch.StartNew();
        Task stop = milter.Server.StopAsync(TimeSpan.FromMilliseconds(300));
        Assert.Equal("h X-Calguard-Error | shutdown", (await busy.ReadAsync()).ToString());
        Assert.Equal('a', (await busy.ReadAsync()).Code);
        await stop.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Many_concurrent_connections_are_served()
    {
        await using var milter = await TestMilter.StartAsync(async (m, _) =>
        {
            await Task.Delay(50);
            return MilterDecision.Accept().AddHeader("X-Q", m.QueueId!);
        });
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            await using var mta = await MtaClient.ConnectAsync(milter.EndPoint);
            await mta.NegotiateAsync();
            await mta.SendAsync(PostfixReplayTests.PostfixMessage(queueId: $"Q{i}"));
            Assert.Equal('c', (await mta.ReadAsync()).Code);
            Assert.Equal([$"h X-Q | Q{i}", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));
        }));
        Assert.Equal(40, milter.Messages.Count);
    }

    [Fact]
    public async Task Unix_socket_replaces_a_stale_file_and_sets_the_mode()
    {
        string dir = Directory.CreateTempSubdirectory("calguard-milter-").FullName;
        try
        {
            string path = Path.Combine(dir, "milter.sock");
            // A dead server's socket file: .NET unlinks what it bound on dispose, so keep a hard link to it.
            using (var stale = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
            {
                stale.Bind(new UnixDomainSocketEndPoint(path + ".old"));
                using Process ln = Process.Start("ln", [path + ".old", path]);
                await ln.WaitForExitAsync();
            }

            Assert.True(File.Exists(path));
            await using (var milter = await TestMilter.StartAsync(_ => MilterDecision.Accept().AddHeader("X-Unix", "1"), endpoint: $"unix:{path}"))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite, File.GetUnixFileMode(path));
                await using var mta = await MtaClient.ConnectAsync(new UnixDomainSocketEndPoint(path));
                await mta.NegotiateAsync();
                await mta.SendAsync(PostfixReplayTests.PostfixMessage());
                Assert.Equal('c', (await mta.ReadAsync()).Code);
                Assert.Equal(["h X-Unix | 1", "a"], (await mta.EndOfMessageAsync()).Select(r => r.ToString()));

                // A second server must not steal a live socket.
                var second = new MilterServer(new NullHandler(), new MilterServerOptions { Endpoints = { $"unix:{path}" } });
                await Assert.ThrowsAsync<InvalidOperationException>(() => second.StartAsync());
            }

            Assert.False(File.Exists(path), "the socket file is removed at stop");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private sealed class NullHandler : IMilterMessageHandler
    {
        public ValueTask<MilterDecision> HandleAsync(MilterMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(MilterDecision.Accept());
    }
}
