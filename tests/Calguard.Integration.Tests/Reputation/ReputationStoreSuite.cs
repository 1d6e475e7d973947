using Calguard.Reputation;
using Calguard.Storage;
using Calguard.Storage.Database;
using Calguard.Storage.Reputation;

namespace Calguard.Integration.Tests.Reputation;

/// <summary>The reputation store, run against SQLite and PostgreSQL: decay in SQL, no lost updates, reporters capped.</summary>
public abstract class ReputationStoreSuite
{
    private static readonly TimeSpan HalfLife = TimeSpan.FromDays(30);
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReputationSubject Organizer = new(ReputationKinds.Organizer, "mallory@spam.example");
    private static readonly ReputationSubject Link = new(ReputationKinds.Link, "prize-claim.example");

    /// <summary>Options for a fresh, empty database.</summary>
    protected abstract Task<StorageOptions> FreshDatabaseAsync();

    private static async Task<ReputationCounts> CountsAsync(SqlReputationStore store, ReputationSubject subject) =>
        (await store.GetAsync([subject]))[subject].Counts;

    private static ReputationReport Report(long id, string reporter, bool spam = true, double weight = 1, DateTimeOffset? at = null) =>
        new(id, reporter, spam, weight, [Organizer, Link], at ?? T0);

    [Fact]
    public async Task CountsDecayInTheDatabaseWhenNewEvidenceArrives()
    {
        await using var db = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var store = new SqlReputationStore(db.Database);
        await store.AddAsync([(Organizer, new ReputationCounts(Deliveries: 8, SpamVerdicts: 8))], T0, HalfLife);
        // One half-life later: the stored 8 count as 4, plus the new 2.
        await store.AddAsync([(Organizer, new ReputationCounts(Deliveries: 2, CleanVerdicts: 2))], T0 + HalfLife, HalfLife);
        var evidence = (await store.GetAsync([Organizer, Link]))[Organizer];
        Assert.Equal(6.0, evidence.Counts.Deliveries, 6);
        Assert.Equal(4.0, evidence.Counts.SpamVerdicts, 6);
        Assert.Equal(2.0, evidence.Counts.CleanVerdicts, 6);
        Assert.Equal(T0, evidence.FirstSeen);
        Assert.Equal(T0 + HalfLife, evidence.UpdatedAt);
        Assert.Equal(3.0, evidence.DecayedTo(T0 + HalfLife * 2, HalfLife).Counts.Deliveries, 6);

        // A write stamped before the row (another node's clock) is decayed to the row's time, not the other way round.
        await store.AddAsync([(Organizer, new ReputationCounts(Deliveries: 4))], T0, HalfLife);
        var skewed = (await store.GetAsync([Organizer]))[Organizer];
        Assert.Equal(8.0, skewed.Counts.Deliveries, 6);
        Assert.Equal(T0 + HalfLife, skewed.UpdatedAt);
        Assert.False((await store.GetAsync([Link])).ContainsKey(Link));
    }

    [Fact]
    public async Task TwoNodesWritingTheSameEntityLoseNothing()
    {
        var options = await FreshDatabaseAsync();
        await using var a = await CalguardStore.OpenAsync(options);
        await using var b = await CalguardStore.OpenAsync(options);
        var stores = new[] { new SqlReputationStore(a.Database), new SqlReputationStore(b.Database) };
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            stores[i % 2].AddAsync([(Organizer, new ReputationCounts(Deliveries: 1, SpamVerdicts: 1))], T0, HalfLife)));
        var counts = await CountsAsync(stores[0], Organizer);
        Assert.Equal(100.0, counts.Deliveries, 6);
        Assert.Equal(100.0, counts.SpamVerdicts, 6);
    }

    [Fact]
    public async Task AReporterCountsOnceAndARetriedReportNotAtAll()
    {
        await using var db = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var store = new SqlReputationStore(db.Database);
        // One recipient reports five invitations of one campaign: five reports, one reporter, one report's weight.
        for (var i = 1; i <= 5; i++)
        {
            Assert.True(await store.ReportAsync(Report(i, "user:ann@example.net", at: T0 + TimeSpan.FromHours(i)), HalfLife));
        }
        Assert.False(await store.ReportAsync(Report(5, "user:ann@example.net", at: T0 + TimeSpan.FromHours(9)), HalfLife));
        var counts = await CountsAsync(store, Organizer);
        Assert.Equal(5.0, counts.SpamReports, 1); // decayed over the five hours between them
        Assert.Equal(1.0, counts.SpamWeight, 6);
        Assert.Equal(1.0, counts.SpamReporters, 6);
        Assert.Equal(counts, await CountsAsync(store, Link));

        // Two more recipients and an operator: 3 reporters of weight 1 and one of 3.
        Assert.True(await store.ReportAsync(Report(6, "user:bob@example.net", at: T0 + TimeSpan.FromHours(6)), HalfLife));
        Assert.True(await store.ReportAsync(Report(7, "user:eve@example.org", at: T0 + TimeSpan.FromHours(6)), HalfLife));
        Assert.True(await store.ReportAsync(Report(8, "admin:carol@example.net", weight: 3, at: T0 + TimeSpan.FromHours(6)), HalfLife));
        counts = await CountsAsync(store, Organizer);
        // Ann's weight, topped up at hour 5, is an hour old at hour 6.
        var ann = ReputationCounts.Decay(TimeSpan.FromHours(1), HalfLife);
        Assert.Equal(5.0 + ann, counts.SpamWeight, 6);
        Assert.Equal(3.0 + ann, counts.SpamReporters, 6);
        Assert.Equal(8.0, counts.SpamReports, 1);
    }

    [Fact]
    public async Task AReporterWhoChangesItsMindIsWithdrawnFromTheOtherSide()
    {
        await using var db = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var store = new SqlReputationStore(db.Database);
        await store.ReportAsync(Report(1, "user:ann@example.net"), HalfLife);
        await store.ReportAsync(Report(2, "user:bob@example.net"), HalfLife);
        await store.ReportAsync(Report(3, "user:ann@example.net", spam: false, at: T0 + HalfLife), HalfLife);
        var counts = await CountsAsync(store, Organizer);
        // Bob's spam report, a half-life old: 0.5. Ann's is withdrawn; her not-spam counts 1.
        Assert.Equal(0.5, counts.SpamWeight, 6);
        Assert.Equal(0.5, counts.SpamReporters, 6);
        Assert.Equal(1.0, counts.HamWeight, 6);
        Assert.Equal(1.0, counts.HamReports, 6);
        Assert.Equal(1.0, counts.SpamReports, 6); // two reports, halved: the raw count is history and stays
    }

    [Fact]
    public async Task ARepeatedReportLongAfterTopsTheReporterUpToOneReportOnly()
    {
        await using var db = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var store = new SqlReputationStore(db.Database);
        await store.ReportAsync(Report(1, "user:ann@example.net"), HalfLife);
        await store.ReportAsync(Report(2, "user:ann@example.net", at: T0 + HalfLife), HalfLife);
        var counts = await CountsAsync(store, Organizer);
        Assert.Equal(1.0, counts.SpamWeight, 6);
        Assert.Equal(1.0, counts.SpamReporters, 6);
        Assert.Equal(1.5, counts.SpamReports, 6);
    }

    [Fact]
    public async Task PurgeDeletesWhatWasNotTouchedSinceTheCutoff()
    {
        await using var db = await CalguardStore.OpenAsync(await FreshDatabaseAsync());
        var store = new SqlReputationStore(db.Database);
        await store.ReportAsync(Report(1, "user:ann@example.net"), HalfLife);
        await store.AddAsync([(Organizer, new ReputationCounts(Deliveries: 1))], T0 + TimeSpan.FromDays(400), HalfLife);
        Assert.Equal(1, await store.PurgeAsync(T0 + TimeSpan.FromDays(360)));
        var left = await store.GetAsync([Organizer, Link]);
        Assert.Equal([Organizer], left.Keys);
        // The purged report id and reporter opinion are gone too: the same id applies again.
        Assert.True(await store.ReportAsync(Report(1, "user:ann@example.net", at: T0 + TimeSpan.FromDays(401)), HalfLife));
    }
}
