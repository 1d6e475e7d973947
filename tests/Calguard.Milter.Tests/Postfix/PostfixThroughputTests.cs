using System.Diagnostics;
using MailKit.Net.Smtp;
using MimeKit;
using Xunit.Abstractions;

namespace Calguard.Milter.Tests.Postfix;

/// <summary>
/// Measures (does not assert) SMTP acceptance through Postfix with and without the milter: 200 messages over
/// 4 concurrent SMTP connections. The numbers go to the test output for docs/performance.md.
/// </summary>
[Collection("postfix")]
public class PostfixThroughputTests(PostfixFixture fixture, ITestOutputHelper output)
{
    private const int Messages = 200;
    private const int Connections = 4;

    [PostfixFact]
    public async Task Measure_200_messages_with_and_without_the_milter()
    {
        // Warm up both paths (JIT, Postfix process start) so the runs compare steady states.
        await RunAsync("plain", 8);
        await RunAsync("main", 8);

        var without = await RunAsync("plain", Messages);
        var with = await RunAsync("main", Messages);
        output.WriteLine($"Postfix 3.7 + MailKit, {Messages} messages of ~1 KB, {Connections} SMTP connections, {Environment.ProcessorCount} cores:");
        output.WriteLine(Format("without milter", without));
        output.WriteLine(Format("with milter   ", with));
        Assert.Equal(Messages, without.Latencies.Length);
        Assert.Equal(Messages, with.Latencies.Length);
    }

    private static string Format(string label, (TimeSpan Total, double[] Latencies) run)
    {
        double[] sorted = [.. run.Latencies.Order()];
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"{label}: {run.Latencies.Length / run.Total.TotalSeconds,7:F1} msg/s, p50 {Percentile(0.50),6:F2} ms, p99 {Percentile(0.99),6:F2} ms";
    }

    private async Task<(TimeSpan Total, double[] Latencies)> RunAsync(string service, int count)
    {
        string batch = Guid.NewGuid().ToString("N");
        var latencies = new double[count];
        int next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(async _ =>
        {
            using SmtpClient client = await PostfixFixture.ConnectAsync(fixture.Postfix.Port(service));
            for (int i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                MimeMessage message = PostfixFixture.Invite($"perf {i}", $"{batch}-{i}");
                long start = Stopwatch.GetTimestamp();
                await client.SendAsync(message);
                latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }

            await client.DisconnectAsync(true);
        }));
        TimeSpan total = clock.Elapsed;
        await fixture.Postfix.WaitForDeliveryAsync(m => m.Headers["X-Test-Token"]?.StartsWith(batch) == true, count, TimeSpan.FromSeconds(60));
        return (total, latencies);
    }
}
