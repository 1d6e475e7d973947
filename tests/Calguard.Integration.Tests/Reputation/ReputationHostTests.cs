using Calguard.Host.Reports;
using Calguard.Host.Reputation;
using Calguard.Integration.Tests.Reputation.Infrastructure;
using Calguard.Provenance;
using Calguard.Reputation;
using Calguard.Storage.Provenance;
using Calguard.Storage.Reputation;
using Microsoft.Extensions.DependencyInjection;

namespace Calguard.Integration.Tests.Reputation;

/// <summary>
/// Reputation through the real host: verdicts of <c>/v1/scan</c> feed it (scan observer, queued recorder, SQL store)
/// and the next scan reads it (facts source, judge); reports reach it through the host's registered
/// <see cref="IReportListener"/>s, as <c>POST /v1/reports</c> (issue 5 item 1, another branch) hands them over.
/// </summary>
public sealed class ReputationHostTests
{
    private const string Ip = "45.33.12.7";

    private static async Task FlushAsync(ReputationHost host) => await host.Services.GetRequiredService<ReputationRecorder>().FlushAsync();

    private static Dictionary<string, (double Score, string Detail)> Reputation(Dictionary<string, (double Score, string Detail)> symbols) =>
        symbols.Where(s => s.Key.StartsWith("REP_", StringComparison.Ordinal)).ToDictionary();

    [Fact]
    public async Task AFewSpamVerdictsFromOneOrganizerAndSourceRaiseReputationOnTheNextScan()
    {
        await using var host = await ReputationHost.StartAsync(new Dictionary<string, string?>());
        const string Organizer = "gewinn@prize-notice.test";
        const string Link = "https://win.prize-claim.test/agenda";

        var before = ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Organizer, "before", Link), Ip, "bob@example.net"));
        Assert.Empty(Reputation(before));

        // Two copies of a prize scam, each to four recipients: eight deliveries judged spam by the rules alone.
        for (var i = 0; i < 2; i++)
        {
            var spam = await host.ScanAsync(Invitations.Spam(Organizer, $"prize-{i}"), Ip, "r1@example.net", "r2@example.net", "r3@example.net", "r4@example.net");
            Assert.Equal("spam", spam.GetProperty("verdict").GetString());
            Assert.Empty(Reputation(ReputationHost.Symbols(spam)));
        }
        await FlushAsync(host);

        // The next, harmless-looking invitation from the same organizer, address and link domain carries the reputation.
        var after = Reputation(ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Organizer, "after", Link), Ip, "bob@example.net")));
        Assert.StartsWith("unauthenticated organizer gewinn@prize-notice.test: 8 of 9 deliveries judged spam, 1 clean", after["REP_ORGANIZER_SPAM"].Detail);
        Assert.StartsWith("source IP 45.33.12.7: 8 of 9 deliveries judged spam", after["REP_IP_SPAM"].Detail);
        Assert.StartsWith("link domain prize-claim.test: 8 of", after["REP_LINK_SPAM"].Detail);
        Assert.All(after.Values, v => Assert.True(v.Score > 0, v.Detail));
        Assert.False(after.ContainsKey("REP_NET_SPAM")); // the address itself spoke

        // A neighbour in the same /24, another organizer, no link: only the network speaks.
        var neighbour = Reputation(ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting("other@elsewhere.test", "neighbour"), "45.33.12.99", "bob@example.net")));
        Assert.Equal(["REP_NET_SPAM"], neighbour.Keys);
        Assert.StartsWith("source network 45.33.12.0/24: 8 of", neighbour["REP_NET_SPAM"].Detail);
    }

    [Fact]
    public async Task AFewReportsCannotSinkALongEstablishedSenderButConvictANewOne()
    {
        await using var host = await ReputationHost.StartAsync(new Dictionary<string, string?>());
        var settings = host.Services.GetRequiredService<ReputationSettings>();
        const string Established = "ann@partner.test";
        const string Fresh = "new@fresh.test";
        const string Solo = "solo@victim.test";

        // Six weeks of clean invitations from Ann (about 90 a day), as earlier verdicts would have written them. Seeded
        // through the store because the host cannot wait six weeks; its clock is the real one.
        var store = host.Services.GetRequiredService<SqlReputationStore>();
        var history = new ReputationCounts(Deliveries: 4000, CleanVerdicts: 4000);
        await store.AddAsync(
            [(new ReputationSubject(ReputationKinds.Organizer, Established), history), (new ReputationSubject(ReputationKinds.Dkim, "partner.test"), history)],
            DateTimeOffset.UtcNow - TimeSpan.FromDays(45), settings.Model.HalfLife);
        var good = ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Established, "ann-0", authenticated: true), null, "bob@example.net"));
        Assert.Equal(-1.0, good["REP_ORGANIZER_GOOD"].Score);
        Assert.Contains("first seen 45 d ago", good["REP_ORGANIZER_GOOD"].Detail);

        // Three recipients report Ann's next invitation, and the same three report a new sender's.
        string[] reporters = ["u1@example.net", "u2@example.net", "u3@example.net"];
        var id = 0L;
        foreach (var (organizer, uid) in new[] { (Established, "ann-1"), (Fresh, "fresh-1") })
        {
            await host.ScanAsync(Invitations.Meeting(organizer, uid, authenticated: true), null, reporters);
            foreach (var reporter in reporters)
            {
                await ReportAsync(host, ++id, reporter, uid);
            }
        }
        // One recipient reports a third sender ten times.
        await host.ScanAsync(Invitations.Meeting(Solo, "solo-1", authenticated: true), null, reporters[0]);
        for (var i = 0; i < 10; i++)
        {
            await ReportAsync(host, ++id, reporters[0], "solo-1");
        }
        await FlushAsync(host);

        // Ann: no spam signal on her address or her domain; her good credit is gone, as any spam report takes it.
        var ann = Reputation(ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Established, "ann-2", authenticated: true), null, "bob@example.net")));
        Assert.Empty(ann);

        // The new sender: the same three reports convict its address and its domain.
        var fresh = Reputation(ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Fresh, "fresh-2", authenticated: true), null, "bob@example.net")));
        Assert.StartsWith("organizer new@fresh.test: 3 spam reports from 3 reporters", fresh["REP_ORGANIZER_SPAM"].Detail);
        Assert.StartsWith("DKIM domain fresh.test: 3 spam reports from 3 reporters", fresh["REP_DKIM_SPAM"].Detail);

        // Ten reports from one recipient count as one reporter: nobody is convicted.
        var solo = Reputation(ReputationHost.Symbols(await host.ScanAsync(Invitations.Meeting(Solo, "solo-2", authenticated: true), null, "bob@example.net")));
        Assert.Empty(solo);
        var evidence = await store.GetAsync([new ReputationSubject(ReputationKinds.Organizer, Solo)]);
        var counts = Assert.Single(evidence).Value.Counts;
        Assert.Equal(10.0, counts.SpamReports, 2);
        Assert.Equal(1.0, counts.SpamWeight, 2);
    }

    private static async Task ReportAsync(ReputationHost host, long id, string recipient, string uid)
    {
        var records = await host.Services.GetRequiredService<IProvenanceStore>().FindAsync(new ProvenanceQuery { Recipient = recipient, Uid = uid });
        Assert.NotEmpty(records);
        var report = new AcceptedReport
        {
            Id = id,
            Recipient = recipient,
            Kind = "spam",
            Source = "user",
            Uid = uid,
            Invitations = records,
            ReceivedAt = DateTimeOffset.UtcNow,
        };
        var listeners = host.Services.GetServices<IReportListener>().ToArray();
        Assert.NotEmpty(listeners);
        foreach (var listener in listeners)
        {
            await listener.OnReportAsync(report, CancellationToken.None);
        }
    }
}
