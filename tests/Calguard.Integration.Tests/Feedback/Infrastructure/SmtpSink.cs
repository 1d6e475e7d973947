using System.Diagnostics;
using Calguard.CalDav.Tests.Infrastructure;
using MimeKit;

namespace Calguard.Integration.Tests.Feedback.Infrastructure;

/// <summary>
/// Postfix's <c>smtp-sink</c> on a loopback port, writing each received mail transaction to its own file (<c>-d</c>):
/// smtp-sink's envelope headers (X-Mail-Args, X-Rcpt-Args), then the message as the client sent it. A real SMTP
/// listener, so the test sees what a relay would get.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    public const string Binary = "/usr/sbin/smtp-sink";

    private readonly ServerProcess _process;

    private SmtpSink(ServerProcess process, int port, string spool)
    {
        _process = process;
        Port = port;
        Spool = spool;
    }

    public int Port { get; }

    public string Spool { get; }

    /// <summary>Starts the sink on <paramref name="port"/> (a free one when null).</summary>
    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("smtp-sink is not installed (apt-get install postfix; scripts/test.sh does)");
        }
        var directory = TempDir.Create("smtp-sink");
        var spool = Path.Combine(directory, "spool");
        Directory.CreateDirectory(spool);
        var p = port ?? FreePort.Next();
        var arguments = new List<string>();
        if (Environment.UserName == "root")
        {
            // smtp-sink refuses to run as root; it drops to nobody after binding, so nobody must write the spool.
            arguments.AddRange(["-u", "nobody"]);
            File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(spool, (UnixFileMode)0b111_111_111);
        }
        arguments.AddRange(["-d", spool + "/%Y%m%d%H%M%S.", $"127.0.0.1:{p}", "16"]);
        var process = await ServerProcess.StartAsync(Binary, arguments, directory, p, TimeSpan.FromSeconds(10));
        return new SmtpSink(process, p, spool);
    }

    /// <summary>Every received transaction, parsed (smtp-sink's envelope headers sit above the message's own).</summary>
    public IReadOnlyList<MimeMessage> Received() =>
        Directory.GetFiles(Spool).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToArray();

    /// <summary>Waits until at least <paramref name="count"/> transactions arrived.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count = 1, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            // A file is complete once smtp-sink has written the final empty line; a partial read fails to parse or lacks it.
            try
            {
                var received = Received();
                if (received.Count >= count)
                {
                    return received;
                }
            }
            catch (FormatException)
            {
            }
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"smtp-sink received {Directory.GetFiles(Spool).Length} of {count}; log: {_process.Log}");
            }
            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
